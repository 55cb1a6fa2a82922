package app.atelier.studio.ui;

import app.atelier.film.Films;
import app.atelier.film.Storyboard;
import app.atelier.generation.GenerationSummary;
import app.atelier.media.MediaLibrary;
import app.atelier.media.PhotoSummary;
import app.atelier.render.Motion;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What can go into the film: the project's photos and its finished videos (camera motions, AI
 * videos), each added at the end of the strip with a click; a video an AI made says so, and carries
 * the AI mention in the film.
 */
class FilmSources extends Composite<Div> {

    /** A video is added with at most this much of it. */
    private static final Duration FIRST_PART = Duration.ofSeconds(6);

    private final Consumer<Storyboard.Shot> add;

    FilmSources(Consumer<Storyboard.Shot> add) {
        this.add = add;
        getContent().addClassName("film-sources");
    }

    void show(List<PhotoSummary> photos, List<GenerationSummary> videos) {
        var content = getContent();
        content.removeAll();
        var photoTiles = new Div();
        photoTiles.addClassName("film-source-grid");
        photos.forEach(photo -> photoTiles.add(tile(photo.thumbnailSmall(), photo.fileName(), null,
                () -> add.accept(Storyboard.Shot.photo(photo.id(), Motion.ZOOM_IN, 4000)))));
        content.add(new H3(getTranslation("film.add.photos")), photos.isEmpty()
                ? PhotoPicker.hint(getTranslation("film.add.no-photo")) : photoTiles);
        var videoTiles = new Div();
        videoTiles.addClassName("film-source-grid");
        for (var video : videos) {
            var result = video.shownResult().orElseThrow();
            boolean ai = Films.madeByAi(video.providerId());
            long length = result.duration() == null ? FIRST_PART.toMillis() : Math.min(FIRST_PART.toMillis(), result.duration().toMillis());
            videoTiles.add(tile(result.poster(), GenerationCard.effect(this, video) + " · " + video.photoName(),
                    ai ? getTranslation("film.add.ai") : null,
                    () -> add.accept(Storyboard.Shot.video(video.id().value(), 0, (int) length, ai))));
        }
        content.add(new H3(getTranslation("film.add.videos")), videos.isEmpty()
                ? PhotoPicker.hint(getTranslation("film.add.no-video")) : videoTiles);
    }

    private Div tile(@Nullable UUID picture, String name, @Nullable String badge, Runnable chosen) {
        var frame = new Div();
        frame.addClassName("film-source-picture");
        if (picture != null) {
            var image = new Image(MediaLibrary.memberUrl(picture), "");
            image.getElement().setAttribute("aria-hidden", "true");
            frame.add(image);
        }
        var plus = new Icon(VaadinIcon.PLUS);
        plus.addClassName("film-source-add");
        frame.add(plus);
        var label = new Span(name);
        label.addClassName("film-source-name");
        var tile = new Div(frame, label);
        if (badge != null) {
            var chip = new Span(badge);
            chip.addClassName("film-source-badge");
            tile.add(chip);
        }
        tile.addClassName("film-source");
        tile.getElement().setAttribute("role", "button");
        tile.getElement().setAttribute("tabindex", "0");
        tile.getElement().setAttribute("aria-label", getTranslation("film.add.item", name));
        tile.addClickListener(click -> chosen.run());
        tile.getElement().addEventListener("keydown", key -> chosen.run())
                .setFilter("event.key === 'Enter' || event.key === ' '").preventDefault();
        return tile;
    }
}
