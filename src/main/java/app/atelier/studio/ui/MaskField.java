package app.atelier.studio.ui;

import app.atelier.media.PhotoSummary;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The zone an exterior goes in, painted over the photo in the mask editor, with what is drawn so far
 * in words (nothing yet, too small, too large, its share of the photo).
 */
class MaskField extends Div {

    final Div holder = new Div();
    private final Paragraph status = new Paragraph();
    private final Function<PhotoSummary, MaskEditor> editors;
    private final Runnable changed;
    private @Nullable MaskEditor editor;

    /**
     * @param editors makes the editor of a zone over a photo
     * @param changed runs when the zone changes, or the photo
     */
    MaskField(String label, Function<PhotoSummary, MaskEditor> editors, Runnable changed) {
        this.editors = editors;
        this.changed = changed;
        var title = new Span(label);
        title.addClassName("mask-field-label");
        var help = new Span(getTranslation("wizard.mask.help"));
        help.addClassName("hint");
        status.addClassName("mask-status");
        status.setText(getTranslation("wizard.mask.no-photo"));
        status.getElement().setAttribute("aria-live", "polite");
        holder.addClassName("mask-holder");
        add(title, help, holder, status);
        addClassName("mask-field");
    }

    /** The zone drawn, while there is a photo to draw it on. */
    Optional<MaskEditor> editor() {
        return Optional.ofNullable(editor);
    }

    /** A new editor over this photo, or none. */
    void over(Optional<PhotoSummary> photo) {
        holder.removeAll();
        editor = photo.map(editors).orElse(null);
        if (editor == null) {
            status.setText(getTranslation("wizard.mask.no-photo"));
        } else {
            editor.addMaskChangedListener(change -> {
                showStatus();
                changed.run();
            });
            holder.add(editor);
            showStatus();
        }
        changed.run();
    }

    private void showStatus() {
        var drawn = Objects.requireNonNull(editor);
        status.setText(drawn.status());
        status.getElement().getClassList().set("error", drawn.problem().isPresent() && drawn.coverage() > 0);
        status.getElement().getClassList().set("warning", drawn.small());
        status.getElement().setAttribute("data-coverage", Double.toString(drawn.coverage()));
    }
}
