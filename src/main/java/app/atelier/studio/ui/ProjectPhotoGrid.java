package app.atelier.studio.ui;

import app.atelier.media.MediaLibrary;
import app.atelier.media.PhotoSummary;
import app.atelier.ui.EmptyState;
import app.atelier.ui.Formats;
import app.atelier.ui.MediaCard;
import app.atelier.ui.UploadTexts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** A project's photos as cards (size and weight said), each opening full size; what to do when there is none. */
class ProjectPhotoGrid extends Div {

    private final boolean canAdd;

    /** @param canAdd whether the member may add photos (the empty grid says how) */
    ProjectPhotoGrid(boolean canAdd) {
        this.canAdd = canAdd;
        addClassName("media-grid");
    }

    /**
     * @param cover     the photo that is the project's cover, said on its card
     * @param makeCover what choosing another cover does (none for a member who may not)
     */
    void show(List<PhotoSummary> photos, @Nullable UUID cover, @Nullable Consumer<PhotoSummary> makeCover) {
        removeAll();
        if (photos.isEmpty()) {
            addClassName("empty");
            add(new EmptyState(VaadinIcon.CAMERA, getTranslation("project.photos.empty.title"),
                    getTranslation(canAdd ? "project.photos.empty.text" : "project.photos.empty.text-viewer")));
            return;
        }
        removeClassName("empty");
        var units = UploadTexts.unitsOf(this);
        photos.forEach(photo -> {
            var card = new MediaCard(MediaLibrary.memberUrl(photo.thumbnailLarge()), photo.fileName(), "")
                    .withTitle(photo.fileName())
                    .withDetail(getTranslation("project.photo.details", photo.width(), photo.height(),
                            Formats.fileSize(photo.bytes(), getLocale(), units)));
            card.addClassName("photo-card");
            boolean isCover = photo.id().equals(cover);
            if (isCover) {
                card.withDetail(getTranslation("project.cover"));
                card.addClassName("cover");
            }
            Runnable choose = makeCover == null || isCover ? null : () -> makeCover.accept(photo);
            card.getElement().setAttribute("role", "button");
            card.getElement().setAttribute("tabindex", "0");
            card.getElement().setAttribute("aria-label", photo.fileName());
            card.addClickListener(click -> new PhotoPreview(photo, choose).open());
            card.getElement().addEventListener("keydown", key -> new PhotoPreview(photo, choose).open())
                    .setFilter("event.key === 'Enter' || event.key === ' '");
            add(card);
        });
    }
}
