package app.atelier.studio.ui;

import app.atelier.generation.GenerationSummary;

import java.util.UUID;

/** What the page holding generation cards does when a member acts on one. */
interface CardActions {

    void cancel(UUID generation);

    /** The same request again (a failed or cancelled one). */
    void retry(UUID generation);

    /** A variation or an extension of a finished one. */
    void carryOn(GenerationSummary generation);

    /** The wizard, filled in as this one was ("make another like this"). */
    void again(GenerationSummary generation);

    /** The wizard, filled in as this one was, with another provider of the same kind (after a failure). */
    void elsewhere(GenerationSummary generation);

    /** Whether another available provider makes the same kind of result. */
    boolean hasElsewhere(GenerationSummary generation);

    void delete(GenerationSummary generation);

    void share(GenerationSummary generation);

    boolean selected(UUID generation);

    void select(UUID generation, boolean chosen);

    /** Whether its downloads carry the AI-visual mention. */
    boolean labelled(GenerationSummary generation);

    void label(UUID generation, boolean labelled);
}
