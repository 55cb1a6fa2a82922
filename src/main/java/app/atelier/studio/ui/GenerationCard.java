package app.atelier.studio.ui;

import app.atelier.generation.GenerationResult;
import app.atelier.generation.GenerationState;
import app.atelier.sharing.AiLabel;
import app.atelier.sharing.Deliveries;
import app.atelier.generation.GenerationSummary;
import app.atelier.generation.Reviews;
import app.atelier.generation.Verdict;
import app.atelier.media.MediaLibrary;
import app.atelier.provider.Continuation;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.ResultType;
import app.atelier.ui.BeforeAfter;
import app.atelier.ui.UploadTexts;
import app.atelier.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.dom.Element;

import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One generation in a project: what it is, where it is (a status chip, and a live progress bar while
 * it runs), what went wrong in plain words when it failed, and its video with a poster, ready to
 * play and to download once it succeeded. Cancel and retry where they make sense.
 */
class GenerationCard extends Div {

    private final GenerationSummary generation;
    private final ProgressBar bar = new ProgressBar();
    private final Span progressLabel = new Span();

    private final Clock clock;
    private final Deliveries deliveries;
    private @Nullable ReviewBar review;
    private final Div cover = new Div();
    private @Nullable Badge reviewChip;

    GenerationCard(GenerationSummary generation, boolean canCreate, String projectName, CardActions actions,
                   Reviews reviews, Deliveries deliveries, Clock clock) {
        this.generation = generation;
        this.clock = clock;
        this.deliveries = deliveries;
        addClassNames("media-card", "generation-card");
        getElement().setAttribute("data-state", generation.state().name());
        getElement().setAttribute("data-generation", generation.id().toString());

        cover.addClassName("media-card-cover");
        var video = generation.results().stream().filter(result -> result.type() == ResultType.VIDEO).findFirst();
        var image = generation.results().stream().filter(result -> result.type() == ResultType.IMAGE).findFirst();
        boolean succeeded = generation.state() == GenerationState.SUCCEEDED;
        if (succeeded && video.isPresent()) {
            showPoster(cover, video.get());
        } else if (succeeded && image.isPresent()) {
            showImage(cover, image.get());
        } else if (generation.photoThumbnail() != null) {
            var still = new Image(MediaLibrary.memberUrl(generation.photoThumbnail()), generation.photoName());
            still.getElement().setAttribute("loading", "lazy");
            cover.add(still);
            cover.addClassName(generation.state().terminal() ? "dimmed" : "working");
        }
        cover.add(chip());
        originChips().forEach(cover::add);
        showReviewChip();

        var body = new Div();
        body.addClassName("media-card-body");
        var title = new Span(effect());
        title.addClassName("media-card-title");
        body.add(title);
        if (generation.continues() != null) {
            var continued = detail(generation.continuation() == Continuation.EXTENSION
                    ? getTranslation("generation.extension")
                    : generation.variationNumber() != null
                    ? getTranslation("generation.variation.number", generation.variationNumber())
                    : getTranslation("generation.variation"));
            continued.addClassName("continuation-label");
            continued.addComponentAsFirst(new Icon(VaadinIcon.LEVEL_RIGHT));
            body.add(continued);
            addClassName("continuation");
            getElement().setAttribute("data-continues", generation.continues().toString());
        }
        body.add(detail(settings()));
        var prompt = generation.options().get(OptionFields.PROMPT);
        if (prompt != null && !prompt.isBlank()) {
            var said = detail(getTranslation("generation.prompt.quoted", prompt.strip()));
            said.addClassName("media-card-prompt");
            said.getElement().setAttribute("title", prompt.strip());
            body.add(said);
        }
        body.add(detail(getTranslation(generation.providerNameKey())),
                detail(generation.memberName() + " · " + Formats.dateTime(generation.createdAt(), getLocale())));
        if (!generation.state().terminal()) {
            body.add(progress());
        }
        if (generation.state() == GenerationState.FAILED || generation.state() == GenerationState.CANCELLED) {
            body.add(outcome());
        }
        if (succeeded) {
            video.or(() -> image).ifPresent(result -> body.add(details(result)));
        }
        var actionBar = new Div();
        actionBar.addClassName("generation-actions");
        if (generation.cancellable()) {
            var stop = new Button(getTranslation("generation.cancel"), click -> actions.cancel(generation.id()));
            stop.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR, ButtonVariant.SMALL);
            stop.addClassName("cancel-generation");
            actionBar.add(stop);
        }
        boolean failed = generation.state() == GenerationState.FAILED || generation.state() == GenerationState.CANCELLED;
        if (canCreate && failed) {
            var again = new Button(getTranslation("generation.retry"), new Icon(VaadinIcon.REFRESH),
                    click -> actions.retry(generation.id()));
            again.addThemeVariants(ButtonVariant.SMALL);
            again.addClassName("retry-generation");
            actionBar.add(again);
        }
        if (canCreate && succeeded && generation.continuation() != Continuation.NONE) {
            boolean extension = generation.continuation() == Continuation.EXTENSION;
            var more = new Button(getTranslation(extension ? "generation.extend" : "generation.vary"),
                    new Icon(extension ? VaadinIcon.FAST_FORWARD : VaadinIcon.COPY_O), click -> actions.carryOn(generation));
            more.addThemeVariants(ButtonVariant.SMALL);
            more.addClassName(extension ? "extend-generation" : "vary-generation");
            actionBar.add(more);
        }
        var result = video.or(() -> image).filter(found -> succeeded);
        result.ifPresent(found -> actionBar.add(download(found, projectName, actions.labelled(generation))));
        var more = new MenuBar();
        more.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_ICON, MenuBarVariant.LUMO_SMALL);
        more.addClassName("generation-more");
        var open = more.addItem(new Icon(VaadinIcon.ELLIPSIS_DOTS_H));
        open.setAriaLabel(getTranslation("generation.more", effect()));
        open.getElement().setAttribute("title", getTranslation("generation.more.hint"));
        var menu = open.getSubMenu();
        if (result.isPresent()) {
            menu.addItem(getTranslation("generation.share"), click -> actions.share(generation)).addClassName("share-generation");
        }
        if (canCreate && generation.state().terminal()) {
            menu.addItem(getTranslation("generation.again"), click -> actions.again(generation)).addClassName("again-generation");
        }
        if (canCreate && failed && actions.hasElsewhere(generation)) {
            menu.addItem(getTranslation("generation.elsewhere"), click -> actions.elsewhere(generation))
                    .addClassName("elsewhere-generation");
        }
        if (canCreate && generation.state().terminal()) {
            var remove = menu.addItem(getTranslation("generation.delete.item"), click -> actions.delete(generation));
            remove.addClassName("delete-generation");
            remove.addThemeNames("error");
        }
        if (!menu.getItems().isEmpty()) {
            actionBar.add(more);
        }
        if (result.isPresent()) {
            var choose = new Checkbox(getTranslation("generation.select"), actions.selected(generation.id()));
            choose.addClassName("select-result");
            choose.addValueChangeListener(change -> actions.select(generation.id(), change.getValue()));
            var label = new Checkbox(getTranslation("generation.label"), actions.labelled(generation));
            label.addClassName("label-result");
            label.getElement().setAttribute("title", getTranslation("generation.label.hint", getTranslation("label.ai")));
            label.addValueChangeListener(change -> {
                actions.label(generation.id(), change.getValue());
                var fresh = download(result.get(), projectName, change.getValue());
                actionBar.getChildren().filter(child -> child.hasClassName("download-link")).findFirst()
                        .ifPresent(old -> actionBar.replace(old, fresh));
            });
            var choices = new Div(choose, label);
            choices.addClassName("generation-choices");
            body.add(actionBar, choices);
        } else {
            body.add(actionBar);
        }
        if (generation.state().terminal()) {
            review = new ReviewBar(generation, reviews);
            body.add(review);
        }
        add(cover, body);
    }

    /** The result was reviewed or commented on (here or by someone else): its chip and its review show it. */
    void reviewChanged(GenerationSummary updated) {
        if (review != null) {
            review.changed(updated);
        }
        showReviewChip(updated);
    }

    private void showReviewChip() {
        showReviewChip(generation);
    }

    private void showReviewChip(GenerationSummary current) {
        if (reviewChip != null) {
            reviewChip.getElement().removeFromParent();
            reviewChip = null;
        }
        if (current.review() != null) {
            var verdict = current.review().verdict();
            reviewChip = new Badge(getTranslation(verdict.labelKey()),
                    new Icon(verdict == Verdict.APPROVED ? VaadinIcon.THUMBS_UP : VaadinIcon.THUMBS_DOWN));
            reviewChip.addClassNames("media-card-chip", "review-chip");
            reviewChip.addThemeVariants(verdict == Verdict.APPROVED ? BadgeVariant.SUCCESS : BadgeVariant.ERROR);
            reviewChip.getElement().setAttribute("data-verdict", verdict.name());
            cover.add(reviewChip);
        }
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
        var list = new Div();
        list.addClassName("result-details");
        var rows = new ArrayList<String[]>();
        rows.add(new String[]{getTranslation("result.details.provider"), getTranslation(generation.providerNameKey())});
        var settings = generation.optionLabels().values().stream().map(this::getTranslation).collect(Collectors.joining(" · "));
        if (!settings.isEmpty()) {
            rows.add(new String[]{getTranslation("result.details.settings"), settings});
        }
        var prompt = generation.options().get(OptionFields.PROMPT);
        if (prompt != null && !prompt.isBlank()) {
            rows.add(new String[]{getTranslation("result.details.prompt"), prompt.strip()});
        }
        rows.add(new String[]{getTranslation("result.details.size"), Formats.size(result.width(), result.height(), getLocale())});
        if (result.duration() != null) {
            rows.add(new String[]{getTranslation("result.details.duration"),
                    getTranslation("result.details.seconds", result.duration().toMillis() / 1000.0)});
        }
        rows.add(new String[]{getTranslation("result.details.file"), Formats.fileSize(result.bytes(), getLocale(),
                UploadTexts.unitsOf(this))});
        rows.add(new String[]{getTranslation("result.details.cost"), generation.cost() == 0 ? getTranslation("result.details.free")
                : generation.cost() + " " + getTranslation(generation.currency().labelKey(), generation.cost())});
        rows.add(new String[]{getTranslation("result.details.by"), generation.memberName()});
        rows.add(new String[]{getTranslation("result.details.when"), Formats.dateTime(
                generation.finishedAt() == null ? generation.createdAt() : generation.finishedAt(), getLocale())});
        for (var row : rows) {
            var term = new Span(row[0]);
            term.addClassName("result-details-term");
            var value = new Span(row[1]);
            value.addClassName("result-details-value");
            list.add(term, value);
        }
        return list;
    }

    /** Moves the progress bar on (progress reports that change nothing else), with the time left where known. */
    void progressed(int percent, @Nullable Instant estimatedDone) {
        if (!generation.keyRefused() && (generation.state() == GenerationState.RUNNING || percent > 0)) {
            // a provider that does not say how far it is (Luma) is shown at work, not stuck at 0 %
            bar.setIndeterminate(percent <= 0);
            bar.setValue(Math.max(0, percent) / 100.0);
            var text = percent <= 0 ? getTranslation("generation.progress.started")
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

    /** The poster with a play button: the player itself comes on demand, so a page of videos loads none of them. */
    private void showPoster(Div cover, GenerationResult video) {
        if (video.poster() != null) {
            var poster = new Image(MediaLibrary.memberUrl(video.poster()), effect());
            poster.getElement().setAttribute("loading", "lazy");
            cover.add(poster);
        }
        var play = new Button(new Icon(VaadinIcon.PLAY));
        play.addClassName("play-button");
        play.setAriaLabel(getTranslation("generation.play", effect()));
        play.addClickListener(click -> {
            cover.removeAll();
            cover.getElement().appendChild(player(video));
            cover.add(chip());
            originChips().forEach(cover::add);
            if (reviewChip != null) {
                cover.add(reviewChip);
            }
        });
        cover.add(play);
    }

    /** An exterior over the photo it was made from, with a divider to compare; another image as it is. */
    private void showImage(Div cover, GenerationResult image) {
        var made = MediaLibrary.memberUrl(image.asset());
        if (generation.kind() == GenerationKind.EXTERIOR && generation.photoThumbnail() != null) {
            var compare = new BeforeAfter(MediaLibrary.memberUrl(generation.photoThumbnail()), made);
            compare.addClassName("generation-compare");
            cover.add(compare);
        } else {
            var still = new Image(made, effect());
            still.getElement().setAttribute("loading", "lazy");
            cover.add(still);
        }
    }

    /** "Sandbox" when the sandbox made it, "API" when a script asked for it. */
    private List<Badge> originChips() {
        var chips = new ArrayList<Badge>();
        if (generation.sandbox()) {
            var sandbox = new Badge(getTranslation("generation.sandbox"));
            sandbox.addClassNames("media-card-chip", "sandbox-chip");
            sandbox.getElement().setAttribute("title", getTranslation("generation.sandbox.hint"));
            chips.add(sandbox);
        }
        if (generation.viaApi()) {
            chips.add(apiChip(getTranslation("generation.api"), getTranslation("generation.api.hint")));
        }
        return chips;
    }

    /** The chip that says a script asked for a generation through the REST API. */
    static Badge apiChip(String text, String hint) {
        var api = new Badge(text);
        api.addClassNames("media-card-chip", "api-chip");
        api.getElement().setAttribute("title", hint);
        return api;
    }

    private Element player(GenerationResult video) {
        var player = new Element("video");
        player.setAttribute("controls", true);
        player.setAttribute("autoplay", true);
        // clips have no sound track; muted, they may start at once in every browser
        player.setAttribute("muted", true);
        player.setAttribute("playsinline", true);
        player.setAttribute("src", MediaLibrary.memberUrl(video.asset()));
        if (video.poster() != null) {
            player.setAttribute("poster", MediaLibrary.memberUrl(video.poster()));
        }
        player.setAttribute("aria-label", effect());
        player.getClassList().add("generation-video");
        return player;
    }

    private Badge chip() {
        var chip = new Badge(getTranslation(generation.state().labelKey()));
        chip.addClassName("media-card-chip");
        chip.addClassName("state-chip");
        switch (generation.state()) {
            case SUCCEEDED -> chip.addThemeVariants(BadgeVariant.SUCCESS);
            case FAILED -> chip.addThemeVariants(BadgeVariant.ERROR);
            default -> { }
        }
        return chip;
    }

    private Div progress() {
        bar.addClassName("generation-progress-bar");
        bar.getElement().setAttribute("aria-label", getTranslation("generation.progress.label", effect()));
        progressLabel.addClassName("generation-progress-label");
        if (generation.keyRefused()) {
            bar.setIndeterminate(true);
            progressLabel.setText(getTranslation("generation.progress.key-refused", getTranslation(generation.providerNameKey())));
            progressLabel.addClassName("key-refused");
            var progress = new Div(bar, progressLabel);
            progress.addClassName("generation-progress");
            return progress;
        }
        switch (generation.state()) {
            case QUEUED -> {
                bar.setIndeterminate(true);
                progressLabel.setText(getTranslation("generation.progress.queued"));
            }
            case SUBMITTED -> {
                bar.setIndeterminate(true);
                progressLabel.setText(getTranslation("generation.progress.submitted"));
            }
            default -> progressed(generation.progress(), generation.estimatedDone());
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

    /**
     * The file, named after the project, the effect and the day (the server adds the image's
     * extension); with the mention, its labelled copy (made the first time, on the way).
     */
    private Anchor download(GenerationResult result, String projectName, boolean labelled) {
        var name = fileName(projectName) + (result.type() == ResultType.VIDEO ? ".mp4" : "");
        var link = new Anchor();
        if (labelled) {
            var label = new AiLabel(getLocale().getLanguage(), getTranslation("label.ai"));
            var id = generation.id();
            var base = fileName(projectName) + "-" + getTranslation("generation.label.file");
            link.setHref((DownloadHandler) download -> {
                download.setFileName(base + "." + deliveries.extension(result));
                download.setContentType(result.type() == ResultType.VIDEO ? "video/mp4" : "application/octet-stream");
                try (var out = download.getOutputStream()) {
                    deliveries.writeResult(id, label, out);
                }
            });
            link.getElement().setAttribute("download", true);
        } else {
            link.setHref(MediaLibrary.memberUrl(result.asset()) + "?download=" + name);
            link.getElement().setAttribute("download", result.type() == ResultType.VIDEO ? name : "");
        }
        link.setTarget(AnchorTarget.DEFAULT);
        link.getElement().setAttribute("router-ignore", true);
        link.addClassName("download-link");
        if (labelled) {
            link.addClassName("labelled");
        }
        link.add(new Icon(VaadinIcon.DOWNLOAD_ALT), new Text(getTranslation("generation.download")));
        return link;
    }

    private String fileName(String projectName) {
        return fileName(this, projectName, generation);
    }

    /**
     * "villa-les-oliviers-zoom-avant-2026-11-21": the project, the effect, the day ("sandbox-" first for
     * the sandbox's), without extension: the name a result downloads under, alone or in a ZIP.
     */
    static String fileName(Component words, String projectName, GenerationSummary generation) {
        var day = LocalDate.ofInstant(generation.finishedAt() == null ? generation.createdAt() : generation.finishedAt(),
                ZoneOffset.UTC);
        return Stream.of(generation.sandbox() ? "sandbox" : "", projectName, effect(words, generation), day.toString())
                .map(Deliveries::slug)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining("-"));
    }

    private String effect() {
        return effect(this, generation);
    }

    /** What was made: the motion's name for a camera motion, the exterior's type, the kind of generation otherwise. */
    static String effect(Component words, GenerationSummary generation) {
        var named = generation.optionLabels().get(OptionFields.MOTION);
        if (named == null) {
            named = generation.optionLabels().get(OptionFields.EXTERIOR);
        }
        return words.getTranslation(named != null ? named : generation.kind().labelKey());
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
