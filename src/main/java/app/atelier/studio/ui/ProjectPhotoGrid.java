package app.atelier.studio.ui;

import app.atelier.media.MediaLibrary;
import app.atelier.media.PhotoSummary;
import app.atelier.ui.EmptyState;
import app.atelier.ui.Formats;
import app.atelier.ui.MediaCard;
import app.atelier.ui.UploadTexts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.List;

/** A project's photos as cards (size and weight said), each opening full size; what to do when there is none. */
class ProjectPhotoGrid extends Div {

    private final boolean canAdd;

    /** @param canAdd whether the member may add photos (the empty grid says how) */
    ProjectPhotoGrid(boolean canAdd) {
        this.canAdd = canAdd;
        addClassName("media-grid");
    }

    void show(List<PhotoSummary> photos) {
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
            card.getElement().setAttribute("role", "button");
            card.getElement().setAttribute("tabindex", "0");
            card.getElement().setAttribute("aria-label", photo.fileName());
            card.addClickListener(click -> new PhotoPreview(photo).open());
            card.getElement().addEventListener("keydown", key -> new PhotoPreview(photo).open())
                    .setFilter("event.key === 'Enter' || event.key === ' '");
            add(card);
        });
    }
}
