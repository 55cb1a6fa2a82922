package app.atelier.studio.ui;

import app.atelier.generation.GenerationState;
import app.atelier.generation.GenerationSummary;
import app.atelier.provider.WorkStep;
import app.atelier.generation.Reviews;
import app.atelier.sharing.Downloads;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One generation in a project: its cover (the result, or the photo while it runs, with its chips),
 * its words (what it is, a live progress bar, what went wrong), what a member can do with it, and,
 * once it ended, its review.
 */
class GenerationCard extends Div {

    private final GenerationSummary generation;
    private final CardCover cover;
    private final CardBody body;
    private @Nullable ReviewBar review;

    GenerationCard(GenerationSummary generation, boolean canCreate, String projectName, CardActions actions,
                   Reviews reviews, Downloads downloads, Clock clock) {
        this.generation = generation;
        addClassNames("media-card", "generation-card");
        getElement().setAttribute("data-state", generation.state().name());
        getElement().setAttribute("data-generation", generation.id().toString());
        if (generation.continues() != null) {
            addClassName("continuation");
            getElement().setAttribute("data-continues", generation.continues().toString());
        }
        cover = new CardCover(generation);
        body = new CardBody(generation, clock);
        var actionBar = new CardActionBar(generation, canCreate, projectName, actions, downloads);
        body.append(actionBar);
        actionBar.choices().ifPresent(body::append);
        if (generation.state().terminal()) {
            review = new ReviewBar(generation, reviews);
            body.append(review);
        }
        add(cover, body);
    }

    /** The result was reviewed or commented on (here or by someone else): its chip and its review show it. */
    void reviewChanged(GenerationSummary updated) {
        if (review != null) {
            review.changed(updated);
        }
        cover.showReview(updated);
    }

    /** Moves the progress bar on (progress reports that change nothing else), with the time left where known. */
    void progressed(int percent, @Nullable Instant estimatedDone, @Nullable WorkStep step) {
        body.progressed(percent, estimatedDone, step);
    }

    GenerationState state() {
        return generation.state();
    }

    /**
     * Whether this card still says what {@code current} is: the same state, results and warnings
     * (progress and reviews reach a card without drawing it again).
     */
    boolean shows(GenerationSummary current) {
        return current.state() == generation.state() && current.keyRefused() == generation.keyRefused()
                && current.results().equals(generation.results()) && current.cancellable() == generation.cancellable()
                && Objects.equals(current.variationNumber(), generation.variationNumber());
    }

    /** Whether the card says the vendor refuses the key (a change of that draws the card again). */
    boolean keyRefused() {
        return generation.keyRefused();
    }

    /**
     * "villa-les-oliviers-zoom-avant-2026-11-21": the project, the effect, the day ("sandbox-" first for
     * the sandbox's), without extension: the name a result downloads under, alone or in a ZIP.
     */
    static String fileName(Component words, String projectName, GenerationSummary generation) {
        var day = LocalDate.ofInstant(generation.finishedAt() == null ? generation.createdAt() : generation.finishedAt(),
                ZoneOffset.UTC);
        return Stream.of(generation.sandbox() ? "sandbox" : "", projectName, photoName(generation), effect(words, generation),
                        day.toString())
                .map(Downloads::slug)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining("-"));
    }

    /** The name of the photo a result was made from, without its extension ("façade" of "façade.jpg"). */
    private static String photoName(GenerationSummary generation) {
        var name = generation.photoName();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** What was made: the motion's name for a camera motion, the exterior's type, the kind of generation otherwise. */
    static String effect(Component words, GenerationSummary generation) {
        var named = generation.optionLabels().get(OptionFields.MOTION);
        if (named == null) {
            named = generation.optionLabels().get(OptionFields.EXTERIOR);
        }
        return words.getTranslation(named != null ? named : generation.kind().labelKey());
    }
}
