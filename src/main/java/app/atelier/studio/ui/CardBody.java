package app.atelier.studio.ui;

import app.atelier.generation.GenerationResult;
import app.atelier.generation.GenerationState;
import app.atelier.generation.GenerationSummary;
import app.atelier.media.MediaLibrary;
import app.atelier.provider.WorkStep;
import app.atelier.provider.Continuation;
import app.atelier.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * The words of a generation's card: what was made, how and by whom; a live progress bar while it
 * runs; what went wrong, in plain words, when it failed; and, once it succeeded, all about its
 * result (written when opened). The card puts its actions below.
 */
class CardBody extends Composite<Div> {

    private final GenerationSummary generation;
    private final Clock clock;
    private final ProgressBar bar = new ProgressBar();
    private final Span progressLabel = new Span();

    CardBody(GenerationSummary generation, Clock clock) {
        this.generation = generation;
        this.clock = clock;
        var body = getContent();
        body.addClassName("media-card-body");
        var title = new Span(GenerationCard.effect(this, generation));
        title.addClassName("media-card-title");
        if (generation.shownResult().isPresent()) {
            // beside the title, where there is room, rather than in the row of actions
            title.add(fullSize());
            title.addClassName("with-full-size");
        }
        body.add(title, source());
        if (generation.continues() != null) {
            body.add(continuation());
        }
        body.add(detail(settings()));
        var prompt = prompt();
        if (prompt != null) {
            var said = detail(getTranslation("generation.prompt.quoted", prompt));
            said.addClassName("media-card-prompt");
            said.getElement().setAttribute("title", prompt);
            body.add(said);
        }
        var byline = detail(generation.memberName() + " · " + Formats.dateTime(generation.createdAt(), getLocale()));
        // who and when, whole: a date cut to "9:2…" says nothing
        byline.addClassName("card-byline");
        body.add(detail(getTranslation(generation.providerNameKey())), byline);
        if (!generation.state().terminal()) {
            body.add(progress());
        }
        if (generation.state() == GenerationState.FAILED || generation.state() == GenerationState.CANCELLED) {
            body.add(outcome());
        }
        generation.shownResult().ifPresent(result -> body.add(details(result)));
    }

    /** Adds parts below the words (the actions, the review). */
    void append(Component... parts) {
        getContent().add(parts);
    }

    /** Opens the result in the viewer, at its own address (a link: it opens in a new tab as well). */
    private Anchor fullSize() {
        // its icon is drawn by the stylesheet: one element less on every card
        var link = new Anchor(ResultView.address(generation), "");
        link.addClassName("full-size-link");
        link.setAriaLabel(getTranslation("generation.full-size", GenerationCard.effect(this, generation)));
        link.getElement().setAttribute("title", getTranslation("generation.full-size.hint"));
        return link;
    }

    /** The photo it was made from, small, with its name: three "Pan right" of three photos are told apart. */
    private Span source() {
        var line = detail(generation.photoName());
        line.addClassName("card-source");
        line.getElement().setAttribute("title", getTranslation("generation.source", generation.photoName()));
        if (generation.photoThumbnail() != null) {
            // drawn by the stylesheet before the name: one element less on every card
            line.getStyle().set("--card-source", "url('" + MediaLibrary.memberUrl(generation.photoThumbnail()) + "')");
        }
        return line;
    }

    /** "Variation 2", "Extension": what this one continues is shown above it. */
    private Span continuation() {
        var continued = detail(generation.continuation() == Continuation.EXTENSION
                ? getTranslation("generation.extension")
                : generation.variationNumber() != null
                ? getTranslation("generation.variation.number", generation.variationNumber())
                : getTranslation("generation.variation"));
        continued.addClassName("continuation-label");
        continued.addComponentAsFirst(new Icon(VaadinIcon.LEVEL_RIGHT));
        return continued;
    }

    private @Nullable String prompt() {
        var prompt = generation.options().get(OptionFields.PROMPT);
        return prompt == null || prompt.isBlank() ? null : prompt.strip();
    }

    /** Moves the progress bar on (progress reports that change nothing else), with the time left where known. */
    void progressed(int percent, @Nullable Instant estimatedDone, @Nullable WorkStep step) {
        if (!generation.keyRefused() && (generation.state() == GenerationState.RUNNING || percent > 0)) {
            // a provider that does not say how far it is (Luma) is shown at work, not stuck at 0 %
            bar.setIndeterminate(percent <= 0);
            bar.setValue(Math.max(0, percent) / 100.0);
            var text = step != null && percent < 100
                    ? getTranslation("generation.progress.step", step(step), Math.max(0, percent))
                    : percent <= 0 ? getTranslation("generation.progress.started")
                    : getTranslation(percent >= 100 ? "generation.progress.finishing" : "generation.progress.running", percent);
            long left = estimatedDone == null || percent >= 100 ? 0 : Duration.between(clock.instant(), estimatedDone).toSeconds();
            if (left > 0) {
                text = text + " · " + (left < 60 ? getTranslation("generation.progress.seconds-left", left)
                        : getTranslation("generation.progress.minutes-left", Math.round(left / 60.0)));
            }
            progressLabel.setText(text);
            bar.getElement().setAttribute("aria-valuetext", progressLabel.getText());
        }
    }

    /** "Shot 3 of 12": what the work is busy with, in the member's words. */
    private String step(WorkStep step) {
        return switch (step.key()) {
            case "film.step.sound" -> getTranslation("film.step.sound");
            case "film.step.opening" -> getTranslation("film.step.opening");
            case "film.step.closing" -> getTranslation("film.step.closing");
            case "film.step.shot" -> getTranslation("film.step.shot", step.at(), step.of());
            default -> getTranslation(step.key(), step.at(), step.of());
        };
    }

    private Div progress() {
        bar.addClassName("generation-progress-bar");
        bar.getElement().setAttribute("aria-label", getTranslation("generation.progress.label",
                GenerationCard.effect(this, generation)));
        progressLabel.addClassName("generation-progress-label");
        if (generation.keyRefused()) {
            bar.setIndeterminate(true);
            progressLabel.setText(getTranslation("generation.progress.key-refused", getTranslation(generation.providerNameKey())));
            progressLabel.addClassName("key-refused");
        } else if (generation.state() == GenerationState.QUEUED || generation.state() == GenerationState.SUBMITTED) {
            bar.setIndeterminate(true);
            progressLabel.setText(getTranslation(generation.state() == GenerationState.QUEUED
                    ? "generation.progress.queued" : "generation.progress.submitted"));
        } else {
            progressed(generation.progress(), generation.estimatedDone(), generation.step());
        }
        var progress = new Div(bar, progressLabel);
        progress.addClassName("generation-progress");
        return progress;
    }

    private Div outcome() {
        var outcome = new Div();
        outcome.addClassName("generation-outcome");
        var words = generation.state() == GenerationState.CANCELLED
                ? getTranslation("generation.outcome.cancelled")
                : getTranslation(generation.failure() == null ? "generation.failure.unknown" : generation.failure().messageKey());
        outcome.add(new Paragraph(words));
        if (generation.cost() > 0) {
            outcome.add(new Paragraph(getTranslation("generation.outcome.refunded", generation.cost(),
                    getTranslation(generation.currency().labelKey(), generation.cost()))));
        }
        if (generation.vendorMessage() != null && !generation.vendorMessage().isBlank()) {
            var detail = new Paragraph(getTranslation("generation.outcome.detail", generation.vendorMessage()));
            detail.addClassName("generation-detail");
            outcome.add(detail);
        }
        outcome.getElement().setAttribute("role", "status");
        return outcome;
    }

    /** What a finished result is, all of it: who made it, how, with what, and what it cost (written when opened). */
    private Details details(GenerationResult result) {
        var details = new Details();
        details.setSummary(new Text(getTranslation("result.details")));
        details.addClassName("result-details-panel");
        details.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(detailList(result));
            }
        });
        return details;
    }

    private Div detailList(GenerationResult result) {
        return ResultFacts.list(this, getLocale(), generation, result);
    }

    private String settings() {
        return generation.optionLabels().entrySet().stream()
                .filter(label -> !label.getKey().equals(OptionFields.MOTION) && !label.getKey().equals(OptionFields.EXTERIOR))
                .map(label -> getTranslation(label.getValue()))
                .collect(Collectors.joining(" · "));
    }

    private static Span detail(String text) {
        var span = new Span(text);
        span.addClassName("media-card-detail");
        return span;
    }
}
