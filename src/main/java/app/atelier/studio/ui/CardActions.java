package app.atelier.studio.ui;

import app.atelier.render.VideoFormat;
import app.atelier.generation.GenerationSummary;
import app.atelier.shared.GenerationId;


/** What the page holding generation cards does when a member acts on one. */
interface CardActions {

    void cancel(GenerationId generation);

    /** The same request again (a failed or cancelled one). */
    void retry(GenerationId generation);

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

    boolean selected(GenerationId generation);

    void select(GenerationId generation, boolean chosen);

    /** Whether its downloads carry the AI-visual mention. */
    boolean labelled(GenerationSummary generation);

    void label(GenerationId generation, boolean labelled);

    /** The same listing film again, in another format (from its storyboard as it is now). */
    void filmIn(GenerationSummary film, VideoFormat format);
}
