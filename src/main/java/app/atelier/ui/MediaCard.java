package app.atelier.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;

/**
 * A card whose content is a picture: a 16:10 cover (or a quiet placeholder), an optional chip on the
 * cover, a title and lines of detail. Grids of these reflow from one column on a phone to five.
 */
public class MediaCard extends Div {

    private final Div cover = new Div();
    private final Div body = new Div();

    /**
     * @param imageUrl where the cover image is, or {@code null} for the placeholder
     * @param imageAlt what the image shows, for screen readers
     */
    public MediaCard(@Nullable String imageUrl, String imageAlt, String placeholderText) {
        addClassName("media-card");
        cover.addClassName("media-card-cover");
        if (imageUrl != null) {
            var image = new Image(imageUrl, imageAlt);
            image.getElement().setAttribute("loading", "lazy");
            image.getElement().setAttribute("decoding", "async");
            cover.add(image);
        } else {
            var icon = new Icon(VaadinIcon.PICTURE);
            icon.getElement().setAttribute("aria-hidden", "true");
            var placeholder = new Div(icon, new Span(placeholderText));
            placeholder.addClassName("media-card-placeholder");
            cover.add(placeholder);
        }
        body.addClassName("media-card-body");
        add(cover, body);
    }

    public MediaCard withTitle(String title) {
        var span = new Span(title);
        span.addClassName("media-card-title");
        span.getElement().setAttribute("title", title);
        body.add(span);
        return this;
    }

    public MediaCard withDetail(String detail) {
        var span = new Span(detail);
        span.addClassName("media-card-detail");
        body.add(span);
        return this;
    }

    /** A chip on the cover (a status, a count); its text is what it says, not only its colour. */
    /** Adds a chip made elsewhere (with its own classes) over the cover. */
    public MediaCard withChip(Component chip) {
        cover.add(chip);
        return this;
    }

    public MediaCard withChip(String text) {
        var chip = new Badge(text);
        chip.addClassName("media-card-chip");
        cover.add(chip);
        return this;
    }
}
