package app.atelier.studio.ui;

import app.atelier.media.PhotoSummary;
import app.atelier.provider.Capabilities;
import app.atelier.provider.OptionSpec;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The settings of one provider, drawn from its capabilities: camera motions as cards that move over
 * the member's own photo, formats and aspect ratios with their shape, other choices as radio
 * buttons, a prompt with what is left of its length, switches, and a photo of the project where the
 * provider takes a second image (Luma's last frame). With several photos, those the provider takes
 * per photo (a motion, a description) can be set for one photo at a time ({@link PhotoScopes}). What
 * the member sets is kept in {@link #values()} and {@link #photoOptions()}; {@code changed} runs
 * after every change.
 */
class OptionFields extends Div {

    /** The option shown as animated cards. */
    static final String MOTION = "motion";
    /** What the member wrote for an AI video, shown with what it made. */
    static final String PROMPT = "prompt";
    /** The option naming an exterior's type (terrace, pool, pétanque court): what a card is titled by. */
    static final String EXTERIOR = "exterior";
    /** The option whose shape the framing shows the cut of. */
    private static final String FORMAT = "format";
    /** The option drawn in the mask editor: the zone where an exterior goes. */
    static final String MASK = "mask";
    private final Capabilities capabilities;
    private final Map<String, String> values = new LinkedHashMap<>();
    /** By photo, its own values of the options taken per photo. */
    private final Map<UUID, Map<String, String>> own = new HashMap<>();
    private final List<PhotoSummary> photos;
    private List<PhotoSummary> chosen = List.of();
    /** The photo whose own settings are shown, or none: the common ones. */
    private @Nullable PhotoSummary scope;
    final PhotoScopes scopes = new PhotoScopes(this::scope, this::applyToAll, this::common);
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final Runnable changed;
    final Div motionGrid = new Div();
    private Optional<PhotoSummary> sample = Optional.empty();
    private final Function<PhotoSummary, MaskEditor> maskEditors;
    private @Nullable MaskField mask;
    private @Nullable FramingField framing;
    private @Nullable String framingKey;

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
        this.photos = photos;
        addClassName("option-fields");
        for (var option : capabilities.options()) {
            var before = kept.get(option.key());
            var value = before != null && option.problem(before).isEmpty() && (option.type() != OptionSpec.Type.IMAGE
                    || photos.stream().anyMatch(photo -> photo.original().toString().equals(before))) ? before : option.defaultValue();
            if (value != null && !option.key().equals(MASK)) {
                values.put(option.key(), value);
            }
        }
        draw();
    }

    /** The fields of what is shown: every option for all photos, those taken per photo for one. */
    private void draw() {
        removeAll();
        fields.clear();
        framing = null;
        if (perPhoto()) {
            drawScopes();
            add(scopes);
        }
        for (var option : capabilities.options()) {
            if (scope != null && !option.perPhoto()) {
                continue;
            }
            var field = option.key().equals(MASK) && option.type() == OptionSpec.Type.IMAGE ? maskField(option) : field(option);
            field.getElement().setAttribute("data-option", option.key());
            fields.put(option.key(), field);
            add(field);
        }
    }

    private void drawScopes() {
        scopes.draw(chosen, scope == null ? null : scope.id(), this::says, own::containsKey);
    }

    Map<String, String> values() {
        return Map.copyOf(values);
    }

    /** By chosen photo set its own way, its own values. */
    Map<UUID, Map<String, String>> photoOptions() {
        var mine = new HashMap<UUID, Map<String, String>>();
        chosen.stream().filter(photo -> own.containsKey(photo.id())).forEach(photo -> mine.put(photo.id(), Map.copyOf(own.get(photo.id()))));
        return mine;
    }

    /** Whether the chosen photos do not all get the same value of an option (some set their own way). */
    boolean varies(String key) {
        return chosen.stream().map(photo -> own.getOrDefault(photo.id(), values).getOrDefault(key, values.get(key)))
                .distinct().count() > 1;
    }

    /** Whether every chosen photo gives its own value of an option: the common one may then be left empty. */
    boolean everyPhotoOwns(String key) {
        return perPhoto() && chosen.stream().allMatch(photo -> own.getOrDefault(photo.id(), Map.of()).containsKey(key));
    }

    /** The photos' own values set for another provider, where this one takes them per photo too. */
    void keep(Map<UUID, Map<String, String>> before) {
        before.forEach((photo, values) -> values.forEach((key, value) -> capabilities.option(key)
                .filter(option -> option.perPhoto() && option.problem(value).isEmpty())
                .ifPresent(option -> own.computeIfAbsent(photo, any -> new HashMap<>()).put(key, value))));
        draw();
    }

    /** The chosen photos: with several, each may be set its own way. */
    void chosen(List<PhotoSummary> now) {
        var ids = now.stream().map(PhotoSummary::id).toList();
        if (ids.equals(chosen.stream().map(PhotoSummary::id).toList())) {
            return;
        }
        boolean before = perPhoto();
        chosen = List.copyOf(now);
        if (scope != null && !ids.contains(scope.id()) || !perPhoto()) {
            scope = null;
        }
        if (before || perPhoto()) {
            draw();
        }
    }

    /** Whether photos may be set one at a time: several are chosen and the provider takes options per photo. */
    private boolean perPhoto() {
        return chosen.size() > 1 && capabilities.options().stream().anyMatch(OptionSpec::perPhoto);
    }

    private void scope(@Nullable PhotoSummary photo) {
        scope = photo;
        draw();
    }

    /** The shown photo's own values become everyone's: the common ones, and no photo keeps its own. */
    private void applyToAll() {
        if (scope != null) {
            values.putAll(own.getOrDefault(scope.id(), Map.of()));
            own.clear();
            scope = null;
            draw();
            changed.run();
        }
    }

    /** The shown photo gives up its own values. */
    private void common() {
        if (scope != null) {
            own.remove(scope.id());
            draw();
            changed.run();
        }
    }

    /** What a photo gets, in a few words: its camera motion, or whether its description is its own. */
    private String says(PhotoSummary photo) {
        var mine = own.getOrDefault(photo.id(), Map.of());
        if (capabilities.option(MOTION).isPresent()) {
            return label(MOTION, mine.getOrDefault(MOTION, values.get(MOTION)));
        }
        return getTranslation(mine.isEmpty() ? "wizard.scope.says.common" : "wizard.scope.says.own");
    }

    /** The value shown for an option: the shown photo's own, or the common one. */
    private @Nullable String value(String key) {
        var mine = scope == null ? null : own.get(scope.id());
        return mine != null && mine.containsKey(key) ? mine.get(key) : values.get(key);
    }

    /** The field of an option, for tests. */
    Optional<Component> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** The zone drawn for the mask option, while there is one to draw. */
    Optional<MaskEditor> maskEditor() {
        return mask == null ? Optional.empty() : mask.editor();
    }

    /** The one field of the zone, kept (with what is drawn) when the fields are drawn again. */
    private MaskField maskField(OptionSpec option) {
        if (mask == null) {
            mask = new MaskField(getTranslation(option.labelKey()), maskEditors, changed);
        }
        return mask;
    }

    /** Whether the provider takes a zone drawn over the photo. */
    boolean drawsMask() {
        return fields.containsKey(MASK) && capabilities.option(MASK).map(option -> option.type() == OptionSpec.Type.IMAGE)
                .orElse(false);
    }

    /** The photo the motion cards move over (unless one photo's own settings are shown), and the zone is drawn on. */
    void sample(Optional<PhotoSummary> photo) {
        var before = sample.map(PhotoSummary::id);
        sample = photo;
        if (!before.equals(photo.map(PhotoSummary::id))) {
            drawMotions();
            drawFraming();
            if (drawsMask() && mask != null) {
                mask.over(photo);
            }
        }
    }

    /** The label of a choice as members read it, or the value itself. */
    String label(String key, @Nullable String value) {
        return capabilities.option(key).flatMap(option -> option.choice(value))
                .map(choice -> getTranslation(choice.labelKey())).orElse(value == null ? "" : value);
    }

    private Component field(OptionSpec option) {
        var label = getTranslation(option.labelKey());
        var value = value(option.key());
        return switch (option.type()) {
            case CHOICE -> option.key().equals(MOTION) ? motions(label)
                    : OptionInputs.choices(this, option, label, value, chosen -> set(option.key(), chosen));
            case TEXT -> OptionInputs.text(this, option, label, value, text -> set(option.key(), text));
            case FLAG -> OptionInputs.flag(this, option, label, value, flag -> set(option.key(), flag));
            case IMAGE -> OptionInputs.image(this, option, label, photos, value, image -> set(option.key(), image));
            case POINT -> framing(option, label);
        };
    }

    private Component framing(OptionSpec option, String label) {
        framingKey = option.key();
        framing = new FramingField(label, option.helpKey() == null ? "" : getTranslation(option.helpKey()));
        drawFraming();
        return framing;
    }

    /** The cut the format makes of the shown photo (its frame moves), or of every chosen one (each to pick). */
    private void drawFraming() {
        if (framing == null || framingKey == null) {
            return;
        }
        var key = framingKey;
        var shown = scope != null ? List.of(scope) : chosen.isEmpty() ? sample.stream().toList() : chosen;
        var format = values.get(FORMAT);
        framing.show(shown.stream().map(FramingField.Picture::of).toList(), format == null ? Double.NaN : OptionInputs.aspect(format), photo -> OptionSpec.pointOf(
                        own.getOrDefault(photo.id(), Map.of()).getOrDefault(key, values.get(key))).orElse(new double[]{0.5, 0.5}),
                point -> set(key, Arrays.equals(point, OptionSpec.pointOf(values.get(key)).orElse(null)) ? values.get(key)
                        : String.format(Locale.ROOT, "%.3f,%.3f", point[0], point[1])),
                picked -> shown.stream().filter(photo -> photo.id().equals(picked.id())).findFirst().ifPresent(this::scope));
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
                .forEach(choice -> motionGrid.add(new MotionCard(choice, scope == null ? sample : Optional.of(scope),
                        choice.value().equals(value(MOTION)), () -> {
                    set(MOTION, choice.value());
                    drawMotions();
                })));
    }

    /** Sets the shown photo's own value of an option taken per photo, or the common one. */
    private void set(String key, @Nullable String value) {
        if (scope != null && capabilities.option(key).filter(OptionSpec::perPhoto).isPresent()) {
            var mine = own.computeIfAbsent(scope.id(), photo -> new HashMap<>());
            if (value == null || value.isBlank() || value.equals(values.get(key))) {
                mine.remove(key);
            } else {
                mine.put(key, value);
            }
            if (mine.isEmpty()) {
                own.remove(scope.id());
            }
        } else if (value == null || value.isEmpty()) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
        if (perPhoto()) {
            drawScopes();
        }
        if (key.equals(FORMAT) || key.equals(framingKey)) {
            drawFraming();
        }
        changed.run();
    }
}
