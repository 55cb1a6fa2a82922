package app.atelier.studio.ui;

import app.atelier.media.MediaLibrary;
import app.atelier.media.PhotoSummary;
import app.atelier.provider.Capabilities;
import app.atelier.provider.OptionSpec;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The settings of one provider, drawn from its capabilities: camera motions as cards that move over
 * the member's own photo, formats and aspect ratios with their shape, other choices as radio
 * buttons, a prompt with what is left of its length, switches, and a photo of the project where the
 * provider takes a second image (Luma's last frame). What the member sets is kept in
 * {@link #values()}; {@code changed} runs after every change.
 */
class OptionFields extends Div {

    /** The option shown as animated cards. */
    static final String MOTION = "motion";
    /** What the member wrote for an AI video, shown with what it made. */
    static final String PROMPT = "prompt";
    /** The option naming an exterior's type (terrace, pool, pétanque court): what a card is titled by. */
    static final String EXTERIOR = "exterior";
    /** The option drawn in the mask editor: the zone where an exterior goes. */
    static final String MASK = "mask";
    /** The options whose choices are shapes: a format, an aspect ratio. */
    private static final List<String> SHAPED = List.of("format", "aspect_ratio");

    private final Capabilities capabilities;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final Runnable changed;
    final Div motionGrid = new Div();
    private Optional<PhotoSummary> sample = Optional.empty();
    private final Function<PhotoSummary, MaskEditor> maskEditors;
    final Div maskHolder = new Div();
    private final Paragraph maskStatus = new Paragraph();
    private @Nullable MaskEditor maskEditor;

    /**
     * @param kept   what the member set before (another provider's prompt, say): reused where this
     *               provider takes the same option with a value it accepts
     * @param photos the project's photos, for an image option
     * @param maskEditors makes the editor of a zone over a photo, for the mask option
     */
    OptionFields(Capabilities capabilities, Map<String, String> kept, List<PhotoSummary> photos,
                 Function<PhotoSummary, MaskEditor> maskEditors, Runnable changed) {
        this.capabilities = capabilities;
        this.changed = changed;
        this.maskEditors = maskEditors;
        addClassName("option-fields");
        for (var option : capabilities.options()) {
            if (option.key().equals(MASK) && option.type() == OptionSpec.Type.IMAGE) {
                var field = maskField(option);
                fields.put(option.key(), field);
                add(field);
                continue;
            }
            var before = kept.get(option.key());
            var value = before != null && option.problem(before).isEmpty() && (option.type() != OptionSpec.Type.IMAGE
                    || photos.stream().anyMatch(photo -> photo.original().toString().equals(before))) ? before : option.defaultValue();
            if (value != null) {
                values.put(option.key(), value);
            }
            var field = field(option, photos);
            field.getElement().setAttribute("data-option", option.key());
            fields.put(option.key(), field);
            add(field);
        }
    }

    Map<String, String> values() {
        return Map.copyOf(values);
    }

    /** The field of an option, for tests. */
    Optional<Component> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** The zone drawn for the mask option, while there is one to draw. */
    Optional<MaskEditor> maskEditor() {
        return Optional.ofNullable(maskEditor);
    }

    /** Whether the provider takes a zone drawn over the photo. */
    boolean drawsMask() {
        return fields.containsKey(MASK) && capabilities.option(MASK).map(option -> option.type() == OptionSpec.Type.IMAGE)
                .orElse(false);
    }

    /** The photo the motion cards move over, and the zone is drawn on. */
    void sample(Optional<PhotoSummary> photo) {
        var before = sample.map(PhotoSummary::id);
        sample = photo;
        if (!before.equals(photo.map(PhotoSummary::id))) {
            drawMotions();
            if (drawsMask()) {
                drawMaskEditor();
            }
        }
    }

    private Component maskField(OptionSpec option) {
        var title = new Span(getTranslation(option.labelKey()));
        title.addClassName("mask-field-label");
        var help = new Span(getTranslation("wizard.mask.help"));
        help.addClassName("hint");
        maskStatus.addClassName("mask-status");
        maskStatus.setText(getTranslation("wizard.mask.no-photo"));
        maskStatus.getElement().setAttribute("aria-live", "polite");
        maskHolder.addClassName("mask-holder");
        var field = new Div(title, help, maskHolder, maskStatus);
        field.addClassName("mask-field");
        field.getElement().setAttribute("data-option", option.key());
        return field;
    }

    private void drawMaskEditor() {
        maskHolder.removeAll();
        maskEditor = sample.map(maskEditors).orElse(null);
        if (maskEditor == null) {
            maskStatus.setText(getTranslation("wizard.mask.no-photo"));
        } else {
            maskEditor.addMaskChangedListener(change -> {
                showMaskStatus();
                changed.run();
            });
            maskHolder.add(maskEditor);
            showMaskStatus();
        }
        changed.run();
    }

    private void showMaskStatus() {
        var editor = Objects.requireNonNull(maskEditor);
        maskStatus.setText(editor.status());
        maskStatus.getElement().getClassList().set("error", editor.problem().isPresent() && editor.coverage() > 0);
        maskStatus.getElement().getClassList().set("warning", editor.small());
        maskStatus.getElement().setAttribute("data-coverage", Double.toString(editor.coverage()));
    }

    /** The label of a choice as members read it, or the value itself. */
    String label(String key, @Nullable String value) {
        return capabilities.option(key).flatMap(option -> option.choice(value))
                .map(choice -> getTranslation(choice.labelKey())).orElse(value == null ? "" : value);
    }

    private Component field(OptionSpec option, List<PhotoSummary> photos) {
        var label = getTranslation(option.labelKey());
        return switch (option.type()) {
            case CHOICE -> option.key().equals(MOTION) ? motions(label) : choices(option, label);
            case TEXT -> text(option, label);
            case FLAG -> flag(option, label);
            case IMAGE -> image(option, label, photos);
        };
    }

    private Component motions(String label) {
        motionGrid.addClassName("motion-picker");
        motionGrid.getElement().setAttribute("role", "radiogroup");
        motionGrid.getElement().setAttribute("aria-label", label);
        drawMotions();
        return motionGrid;
    }

    private void drawMotions() {
        motionGrid.removeAll();
        capabilities.option(MOTION).map(OptionSpec::choices).orElse(List.of())
                .forEach(choice -> motionGrid.add(new MotionCard(choice, sample, choice.value().equals(values.get(MOTION)), () -> {
                    values.put(MOTION, choice.value());
                    drawMotions();
                    changed.run();
                })));
    }

    private Component choices(OptionSpec option, String label) {
        var group = new RadioButtonGroup<String>(label);
        group.setItems(option.values());
        if (SHAPED.contains(option.key())) {
            group.setRenderer(new ComponentRenderer<>(value -> {
                var shape = new Div();
                shape.addClassName("format-shape");
                shape.getElement().getStyle().set("width", shapeSide(value, true)).set("height", shapeSide(value, false));
                shape.getElement().setAttribute("aria-hidden", "true");
                var choice = new Div(shape, new Span(label(option.key(), value)));
                choice.addClassName("format-choice");
                return choice;
            }));
            group.addClassName("format-picker");
        } else {
            group.setRenderer(new ComponentRenderer<>(value -> {
                var choice = option.choice(value).orElseThrow();
                var text = new Div(new Span(getTranslation(choice.labelKey())));
                if (choice.hintKey() != null) {
                    var hint = new Span(getTranslation(choice.hintKey()));
                    hint.addClassName("choice-hint");
                    text.add(hint);
                }
                text.addClassName("choice-label");
                return text;
            }));
        }
        if (option.helpKey() != null) {
            group.setHelperText(getTranslation(option.helpKey()));
        }
        group.setValue(values.get(option.key()));
        group.addValueChangeListener(change -> set(option.key(), change.getValue()));
        group.addClassName("option-choice");
        return group;
    }

    private Component text(OptionSpec option, String label) {
        var area = new TextArea(label);
        area.setMaxLength(option.maxLength());
        area.setRequiredIndicatorVisible(option.required());
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValue(values.getOrDefault(option.key(), ""));
        area.addClassName("option-text");
        Runnable count = () -> area.setHelperText(help(option) + getTranslation("option.length", area.getValue().length(),
                option.maxLength()));
        count.run();
        area.addValueChangeListener(change -> {
            count.run();
            set(option.key(), change.getValue());
        });
        return area;
    }

    private Component flag(OptionSpec option, String label) {
        var box = new Checkbox(label, Boolean.parseBoolean(values.get(option.key())));
        box.setHelperText(help(option).strip());
        box.addValueChangeListener(change -> set(option.key(), Boolean.toString(change.getValue())));
        box.addClassName("option-flag");
        return box;
    }

    private Component image(OptionSpec option, String label, List<PhotoSummary> photos) {
        var select = new Select<PhotoSummary>();
        select.setLabel(label);
        select.setHelperText(help(option).strip());
        select.setItems(photos);
        select.setEmptySelectionAllowed(!option.required());
        select.setEmptySelectionCaption(getTranslation("option.image.none"));
        select.setItemLabelGenerator(photo -> photo == null ? getTranslation("option.image.none") : photo.fileName());
        select.setRenderer(new ComponentRenderer<>(photo -> {
            var thumbnail = new Image(MediaLibrary.memberUrl(photo.thumbnailSmall()), "");
            thumbnail.getElement().setAttribute("aria-hidden", "true");
            var item = new Div(thumbnail, new Span(photo.fileName()));
            item.addClassName("image-choice");
            return item;
        }));
        var chosen = values.get(option.key());
        photos.stream().filter(photo -> photo.original().toString().equals(chosen)).findFirst().ifPresent(select::setValue);
        select.addValueChangeListener(change -> set(option.key(),
                change.getValue() == null ? null : change.getValue().original().toString()));
        select.addClassName("option-image");
        return select;
    }

    /** The option's help sentence followed by a space, or nothing. */
    private String help(OptionSpec option) {
        return option.helpKey() == null ? "" : getTranslation(option.helpKey()) + " ";
    }

    private void set(String key, @Nullable String value) {
        if (value == null || value.isEmpty()) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
        changed.run();
    }

    /** The side of a small shape for a format ("LANDSCAPE_HD") or an aspect ratio ("16:9"), in rem. */
    static String shapeSide(String value, boolean width) {
        double w;
        double h;
        var ratio = value.split(":");
        if (ratio.length == 2) {
            w = Double.parseDouble(ratio[0]);
            h = Double.parseDouble(ratio[1]);
        } else {
            var upper = value.toUpperCase(Locale.ROOT);
            boolean tall = upper.startsWith("PORTRAIT") || upper.startsWith("VERTICAL");
            boolean square = upper.startsWith("SQUARE");
            double wide = upper.endsWith("_HD") ? 16.0 / 9 : 5.0 / 3;
            w = square ? 1 : tall ? 1 : wide;
            h = square ? 1 : tall ? wide : 1;
        }
        double longest = 1.6;
        double side = (width ? w : h) / Math.max(w, h) * longest;
        return String.format(Locale.ROOT, "%.2frem", side);
    }

    static String cssName(String value) {
        return value.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
