package app.atelier.studio.ui;

import app.atelier.film.Storyboard;
import app.atelier.render.Motion;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The settings of the chosen shot: its caption; a photo's camera motion and length (2 to 8 s); a
 * video's part (from, to), whether it shows whole over a blurred copy of itself or cut to the
 * film's shape, and whether its own sound is heard; and moving it earlier, later, or out of the film.
 */
class ShotEditor extends Composite<Div> {

    private final Consumer<Storyboard.Shot> changed;
    private final IntConsumer moved;
    private final Runnable removed;
    /** The shot as it is now: each field changes it from there, not from what it was when drawn. */
    private Storyboard.@Nullable Shot current;

    /**
     * @param changed the shot as the member set it
     * @param moved   -1: one place earlier, +1: later
     * @param removed out of the film
     */
    ShotEditor(Consumer<Storyboard.Shot> changed, IntConsumer moved, Runnable removed) {
        this.changed = changed;
        this.moved = moved;
        this.removed = removed;
        getContent().addClassName("shot-editor");
    }

    /**
     * What the editor knows of a shot's video.
     *
     * @param length how long it is
     * @param poster its first frame and size, to frame it in the film's shape
     * @param sound  whether it carries sound (null when not known)
     */
    record Video(@Nullable Duration length, FramingField.@Nullable Picture poster, @Nullable Boolean sound) {
    }

    /**
     * @param video  what is known of the shot's video, for a video
     * @param aspect the film's width over its height
     */
    void show(Storyboard.@Nullable Shot shot, int index, int count, @Nullable Video video, double aspect) {
        var editor = getContent();
        editor.removeAll();
        current = shot;
        if (shot == null) {
            editor.add(PhotoPicker.hint(getTranslation("film.shot.none")));
            return;
        }
        editor.add(new H3(getTranslation(shot.kind() == Storyboard.Kind.PHOTO ? "film.shot.photo.title" : "film.shot.video.title",
                index + 1)));
        var caption = new TextField(getTranslation("film.shot.caption"));
        caption.setPlaceholder(getTranslation("film.shot.caption.placeholder"));
        caption.setMaxLength(Storyboard.LONGEST_CAPTION);
        caption.setValue(shot.caption() == null ? "" : shot.caption());
        caption.setValueChangeMode(ValueChangeMode.LAZY);
        caption.setClearButtonVisible(true);
        caption.addValueChangeListener(change -> apply(now -> now.captioned(change.getValue().isBlank() ? null : change.getValue())));
        caption.addClassName("shot-caption-field");
        editor.add(caption);
        if (shot.kind() == Storyboard.Kind.PHOTO) {
            var motion = new Select<Motion>();
            motion.setLabel(getTranslation("option.label.motion"));
            motion.setItems(Motion.values());
            motion.setItemLabelGenerator(value -> getTranslation(switch (value) {
                case ZOOM_IN -> "option.motion.ZOOM_IN";
                case ZOOM_OUT -> "option.motion.ZOOM_OUT";
                case PAN_LEFT -> "option.motion.PAN_LEFT";
                case PAN_RIGHT -> "option.motion.PAN_RIGHT";
                case PAN_UP -> "option.motion.PAN_UP";
                case PAN_DOWN -> "option.motion.PAN_DOWN";
                case CAMERA_PUSH_OUT -> "option.motion.CAMERA_PUSH_OUT";
            }));
            motion.setValue(shot.motion());
            var length = seconds("film.shot.length", shot.millis(), Storyboard.SHORTEST_PHOTO, Storyboard.LONGEST_PHOTO, 0.5);
            motion.addValueChangeListener(change -> apply(now -> now.moving(change.getValue(), now.millis())));
            length.addValueChangeListener(change -> {
                if (change.getValue() != null && !length.isInvalid()) {
                    apply(now -> now.moving(now.motion(), (int) Math.round(change.getValue() * 1000)));
                }
            });
            motion.addClassName("shot-motion");
            length.addClassName("shot-length-field");
            editor.add(new Div(motion, length));
        } else {
            var videoLength = video == null ? null : video.length();
            var poster = video == null ? null : video.poster();
            int longest = videoLength == null ? 60_000 : (int) videoLength.toMillis();
            var from = seconds("film.shot.from", shot.fromMillis(), 0, longest, 0.1);
            var to = seconds("film.shot.to", shot.toMillis(), 0, longest, 0.1);
            Runnable trim = () -> {
                if (from.getValue() != null && to.getValue() != null && !from.isInvalid() && !to.isInvalid()) {
                    apply(now -> now.trimmed((int) Math.round(from.getValue() * 1000), (int) Math.round(to.getValue() * 1000)));
                }
            };
            from.addValueChangeListener(change -> trim.run());
            to.addValueChangeListener(change -> trim.run());
            from.addClassName("shot-from");
            to.addClassName("shot-to");
            var whole = new Checkbox(getTranslation("film.shot.whole"), shot.whole());
            whole.setHelperText(getTranslation("film.shot.whole.help"));
            whole.addValueChangeListener(change -> {
                apply(now -> now.framed(now.focusX(), now.focusY(), change.getValue()));
                // whole, there is nothing to frame; cut, the framing shows
                show(current, index, count, video, aspect);
            });
            editor.add(new Div(from, to), whole, sound(shot, video));
            if (poster != null && !shot.whole()) {
                // what the film's shape keeps of the video, moved as a photo's framing is
                var framing = new FramingField(getTranslation("option.label.framing"), getTranslation("film.shot.framing.help"));
                drawFraming(framing, poster, aspect);
                framing.addClassName("shot-framing");
                editor.add(framing);
            }
        }
        var earlier = new Button(getTranslation("film.shot.earlier"), VaadinIcon.ARROW_LEFT.create(), click -> moved.accept(-1));
        var later = new Button(getTranslation("film.shot.later"), VaadinIcon.ARROW_RIGHT.create(), click -> moved.accept(1));
        later.setIconAfterText(true);
        earlier.setEnabled(index > 0);
        later.setEnabled(index < count - 1);
        var remove = new Button(getTranslation("film.shot.remove"), VaadinIcon.CLOSE_SMALL.create(), click -> removed.run());
        remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        remove.addClassName("remove-shot");
        for (var button : new Button[]{earlier, later, remove}) {
            button.addThemeVariants(ButtonVariant.SMALL);
        }
        var actions = new Div(earlier, later, remove);
        actions.addClassName("shot-actions");
        editor.add(actions);
    }

    /** Whether the video's own sound is heard: not offered for a video known to be silent. */
    private Checkbox sound(Storyboard.Shot shot, @Nullable Video video) {
        var sound = new Checkbox(getTranslation("film.shot.sound"), shot.sound());
        boolean silent = video != null && Boolean.FALSE.equals(video.sound());
        sound.setEnabled(!silent);
        sound.setHelperText(getTranslation(silent ? "film.shot.sound.none" : "film.shot.sound.help"));
        sound.addValueChangeListener(change -> apply(now -> now.sounding(change.getValue())));
        sound.addClassName("shot-sound");
        return sound;
    }

    /** The video's poster with the film's cut over it, drawn again where the member leaves it. */
    private void drawFraming(FramingField framing, FramingField.Picture poster, double aspect) {
        framing.show(java.util.List.of(poster), aspect,
                picture -> current == null ? new double[]{0.5, 0.5} : new double[]{current.focusX(), current.focusY()},
                point -> {
                    apply(now -> now.framed(point[0], point[1], false));
                    drawFraming(framing, poster, aspect);
                }, picture -> { });
    }

    private void apply(java.util.function.UnaryOperator<Storyboard.Shot> edit) {
        if (current != null) {
            current = edit.apply(current);
            changed.accept(current);
        }
    }

    private NumberField seconds(String labelKey, int millis, int min, int max, double step) {
        var field = new NumberField(getTranslation(labelKey));
        field.setMin(min / 1000.0);
        field.setMax(max / 1000.0);
        field.setStep(step);
        field.setStepButtonsVisible(true);
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span("s"));
        field.setValue(millis / 1000.0);
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        return field;
    }
}
