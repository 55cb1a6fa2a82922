package app.atelier.studio.ui;

import app.atelier.media.MediaLibrary;
import app.atelier.media.PhotoSummary;
import app.atelier.provider.OptionSpec;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The inputs of the options other than camera motions and zones, each showing a value and handing
 * the member's next one to {@code set}: choices as radio buttons (formats and aspect ratios with
 * their shape), a text with what is left of its length, a switch, a photo of the project.
 */
final class OptionInputs {

    /** The options whose choices are shapes: a format, an aspect ratio. */
    private static final List<String> SHAPED = List.of("format", "aspect_ratio");

    private OptionInputs() {
    }

    static Component choices(Component in, OptionSpec option, String label, @Nullable String value, Consumer<String> set) {
        var group = new RadioButtonGroup<String>(label);
        group.setItems(option.values());
        if (SHAPED.contains(option.key())) {
            group.setRenderer(new ComponentRenderer<>(shaped -> {
                var shape = new Div();
                shape.addClassName("format-shape");
                shape.getElement().getStyle().set("width", shapeSide(shaped, true)).set("height", shapeSide(shaped, false));
                shape.getElement().setAttribute("aria-hidden", "true");
                var choice = new Div(shape, new Span(option.choice(shaped).map(found -> in.getTranslation(found.labelKey()))
                        .orElse(shaped)));
                choice.addClassName("format-choice");
                return choice;
            }));
            group.addClassName("format-picker");
        } else {
            group.setRenderer(new ComponentRenderer<>(one -> {
                var choice = option.choice(one).orElseThrow();
                var text = new Div(new Span(in.getTranslation(choice.labelKey())));
                if (choice.hintKey() != null) {
                    var hint = new Span(in.getTranslation(choice.hintKey()));
                    hint.addClassName("choice-hint");
                    text.add(hint);
                }
                text.addClassName("choice-label");
                return text;
            }));
        }
        if (option.helpKey() != null) {
            group.setHelperText(in.getTranslation(option.helpKey()));
        }
        group.setValue(value);
        group.addValueChangeListener(change -> set.accept(change.getValue()));
        group.addClassName("option-choice");
        return group;
    }

    static Component text(Component in, OptionSpec option, String label, @Nullable String value, Consumer<String> set) {
        var area = new TextArea(label);
        area.setMaxLength(option.maxLength());
        area.setRequiredIndicatorVisible(option.required());
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValue(value == null ? "" : value);
        area.addClassName("option-text");
        Runnable count = () -> area.setHelperText(help(in, option) + in.getTranslation("option.length", area.getValue().length(),
                option.maxLength()));
        count.run();
        area.addValueChangeListener(change -> {
            count.run();
            set.accept(change.getValue());
        });
        return area;
    }

    static Component flag(Component in, OptionSpec option, String label, @Nullable String value, Consumer<String> set) {
        var box = new Checkbox(label, Boolean.parseBoolean(value));
        box.setHelperText(help(in, option).strip());
        box.addValueChangeListener(change -> set.accept(Boolean.toString(change.getValue())));
        box.addClassName("option-flag");
        return box;
    }

    static Component image(Component in, OptionSpec option, String label, List<PhotoSummary> photos, @Nullable String value,
                           Consumer<@Nullable String> set) {
        var select = new Select<PhotoSummary>();
        select.setLabel(label);
        select.setHelperText(help(in, option).strip());
        select.setItems(photos);
        select.setEmptySelectionAllowed(!option.required());
        select.setEmptySelectionCaption(in.getTranslation("option.image.none"));
        select.setItemLabelGenerator(photo -> photo == null ? in.getTranslation("option.image.none") : photo.fileName());
        select.setRenderer(new ComponentRenderer<>(photo -> {
            var thumbnail = new Image(MediaLibrary.memberUrl(photo.thumbnailSmall()), "");
            thumbnail.getElement().setAttribute("aria-hidden", "true");
            var item = new Div(thumbnail, new Span(photo.fileName()));
            item.addClassName("image-choice");
            return item;
        }));
        photos.stream().filter(photo -> photo.original().toString().equals(value)).findFirst().ifPresent(select::setValue);
        select.addValueChangeListener(change -> set.accept(change.getValue() == null ? null : change.getValue().original().toString()));
        select.addClassName("option-image");
        return select;
    }

    /** The option's help sentence followed by a space, or nothing. */
    private static String help(Component in, OptionSpec option) {
        return option.helpKey() == null ? "" : in.getTranslation(option.helpKey()) + " ";
    }

    /** The side of a small shape for a format ("LANDSCAPE_HD") or an aspect ratio ("16:9"), in rem. */
    static String shapeSide(String value, boolean width) {
        double aspect = aspect(value);
        double longest = 1.6;
        double side = (width ? Math.min(1, aspect) : Math.min(1, 1 / aspect)) * longest;
        return String.format(Locale.ROOT, "%.2frem", side);
    }

    /**
     * The width over the height of a format ("LANDSCAPE" 5:3, "PORTRAIT_HD"…, "SQUARE") or an aspect
     * ratio ("16:9"), as the engine and the vendors make them.
     */
    static double aspect(String value) {
        var ratio = value.split(":");
        if (ratio.length == 2) {
            return Double.parseDouble(ratio[0]) / Double.parseDouble(ratio[1]);
        }
        var upper = value.toUpperCase(Locale.ROOT);
        double wide = upper.endsWith("_HD") ? 16.0 / 9 : 5.0 / 3;
        if (upper.startsWith("SQUARE")) {
            return 1;
        }
        return upper.startsWith("PORTRAIT") || upper.startsWith("VERTICAL") ? 1 / wide : wide;
    }

    static String cssName(String value) {
        return value.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
