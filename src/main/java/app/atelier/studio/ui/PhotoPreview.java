package app.atelier.studio.ui;

import app.atelier.media.MediaLibrary;
import app.atelier.media.PhotoSummary;
import app.atelier.ui.Formats;
import app.atelier.ui.UploadTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;

/** A photo seen large, with its size and a way to the original. Escape or a click outside closes it. */
class PhotoPreview extends Dialog {

    /** @param makeCover makes it the project's cover (none when it is already, or the member may not) */
    PhotoPreview(PhotoSummary photo, @Nullable Runnable makeCover) {
        setHeaderTitle(photo.fileName());
        addClassName("photo-preview");
        var image = new Image(MediaLibrary.memberUrl(photo.thumbnailLarge()), photo.fileName());
        image.addClassName("photo-preview-image");
        var details = new Paragraph(getTranslation("project.photo.details", photo.width(), photo.height(),
                Formats.fileSize(photo.bytes(), getLocale(), UploadTexts.unitsOf(this))));
        details.addClassName("hint");
        add(image, details);
        var original = new Anchor(MediaLibrary.memberUrl(photo.original()), getTranslation("project.photo.open-original"),
                AnchorTarget.BLANK);
        getFooter().add(original);
        if (makeCover != null) {
            var cover = new Button(getTranslation("project.cover.choose"), new Icon(VaadinIcon.STAR_O), click -> {
                close();
                makeCover.run();
            });
            cover.addClassName("make-cover");
            getFooter().add(cover);
        }
        getFooter().add(new Button(getTranslation("common.close"), click -> close()));
        setCloseOnEsc(true);
        setCloseOnOutsideClick(true);
        setMaxWidth("min(96vw, 1320px)");
    }
}
