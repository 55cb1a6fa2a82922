package app.atelier.studio.ui;

import app.atelier.generation.GenerationResult;
import app.atelier.generation.GenerationSummary;
import app.atelier.generation.Verdict;
import app.atelier.media.MediaLibrary;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.ResultType;
import app.atelier.ui.BeforeAfter;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * The top of a generation's card: its video's poster (the player comes on demand), its image (an
 * exterior over its photo, to compare), or its photo while it runs; with chips for its state, its
 * origin (sandbox, API) and its review.
 */
class CardCover extends Composite<Div> {

    private final GenerationSummary generation;
    private @Nullable Badge reviewChip;

    CardCover(GenerationSummary generation) {
        this.generation = generation;
        var cover = getContent();
        cover.addClassName("media-card-cover");
        var shown = generation.shownResult();
        if (shown.isPresent() && shown.get().type() == ResultType.VIDEO) {
            showPoster(shown.get());
        } else if (shown.isPresent()) {
            showImage(shown.get());
        } else if (generation.photoThumbnail() != null) {
            var still = new Image(MediaLibrary.memberUrl(generation.photoThumbnail()), generation.photoName());
            still.getElement().setAttribute("loading", "lazy");
            cover.add(still);
            cover.addClassName(generation.state().terminal() ? "dimmed" : "working");
        }
        cover.add(chip());
        originChips().forEach(cover::add);
        showReview(generation);
    }



    /** The chip of the review the result has now (none when it has none). */
    void showReview(GenerationSummary current) {
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
            getContent().add(reviewChip);
        }
    }

    /** The poster with a play button: the player itself comes on demand, so a page of videos loads none of them. */
    private void showPoster(GenerationResult video) {
        var cover = getContent();
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
    private void showImage(GenerationResult image) {
        var made = MediaLibrary.memberUrl(image.asset());
        if (generation.kind() == GenerationKind.EXTERIOR && generation.photoThumbnail() != null) {
            var compare = new BeforeAfter(MediaLibrary.memberUrl(generation.photoThumbnail()), made);
            compare.addClassName("generation-compare");
            getContent().add(compare);
        } else {
            var still = new Image(made, effect());
            still.getElement().setAttribute("loading", "lazy");
            getContent().add(still);
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
        var player = video(video, effect());
        player.getClassList().add("generation-video");
        return player;
    }

    /** A finished video's player, starting at once (muted: clips have no sound track, and every browser then lets it start). */
    static Element video(GenerationResult video, String label) {
        var player = new Element("video");
        player.setAttribute("controls", true);
        player.setAttribute("autoplay", true);
        player.setAttribute("muted", true);
        player.setAttribute("playsinline", true);
        player.setAttribute("src", MediaLibrary.memberUrl(video.asset()));
        if (video.poster() != null) {
            player.setAttribute("poster", MediaLibrary.memberUrl(video.poster()));
        }
        player.setAttribute("aria-label", label);
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

    private String effect() {
        return GenerationCard.effect(this, generation);
    }
}
