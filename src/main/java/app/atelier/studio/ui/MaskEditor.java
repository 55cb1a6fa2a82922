package app.atelier.studio.ui;

import app.atelier.media.MaskConvention;
import app.atelier.media.MediaLibrary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Paints, over a photo, the zone where something is to be created: brush, eraser, polygon and
 * lasso, undo and redo, invert, zoom and pan, an imported mask, a soft edge. The browser draws at
 * screen resolution and sends what was done after each change; {@link #getMask()} draws the
 * full-resolution mask from it ({@link MaskConvention}: the photo's exact size, white = the zone).
 * Listen to {@link MaskChangedEvent} to know how much of the photo the zone covers.
 */
@Tag("atelier-mask-editor")
@JsModule("./atelier-mask-editor.ts")
public class MaskEditor extends Component implements HasSize {

    /** The long side of the mask drawn to measure the zone after each change. */
    private static final int MEASURE_SIDE = 480;
    /** The softest edge a member may ask for, in photo pixels. */
    static final int MAX_FEATHER = 40;
    /** The largest imported mask accepted, in bytes (as the browser sends it, base64). */
    private static final int MAX_IMPORT_CHARS = 28_000_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int width;
    private final int height;
    private volatile MaskPainting painting = MaskPainting.empty();
    private volatile Map<Integer, BufferedImage> imported = Map.of();
    private volatile int feather;
    private double coverage;

    /**
     * @param photo  the photo's original file
     * @param width  its width in pixels
     * @param height its height in pixels
     * @param start  a mask to start from (a variation's), or null for an empty one
     */
    public MaskEditor(UUID photo, int width, int height, @Nullable BufferedImage start) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("A photo has a size");
        }
        this.width = width;
        this.height = height;
        getElement().setProperty("src", MediaLibrary.memberUrl(photo));
        getElement().setProperty("photoWidth", width);
        getElement().setProperty("photoHeight", height);
        if (start != null) {
            var scaled = MaskConvention.fitted(start, width, height);
            imported = Map.of(0, scaled);
            painting = MaskPainting.of(List.of(new MaskPainting.Imported(0)));
            getElement().setProperty("startMask", "data:image/png;base64,"
                    + Base64.getEncoder().encodeToString(MaskConvention.png(scaled)));
        }
        coverage = measure();
        listen();
        getElement().appendChild(download().getElement());
        getElement().setPropertyJson("texts", texts());
        // on a touch screen with no mouse, the hints speak of fingers, not of a wheel and the Space bar
        var touch = JsonNodeFactory.instance.objectNode();
        for (var key : new String[] {"mask.touch.brush.hint", "mask.touch.eraser.hint", "mask.touch.polygon.hint",
                "mask.touch.lasso.hint", "mask.touch.shortcuts.hint"}) {
            touch.put(key.substring("mask.touch.".length()), getTranslation(key));
        }
        getElement().executeJs("if (matchMedia('(pointer: coarse)').matches && !matchMedia('(any-pointer: fine)').matches)"
                + " { this.texts = Object.assign({}, this.texts, $0); }", touch);
        addClassName("mask-editor");
    }

    /** What the browser says: the operations drawn, a zone imported, the member's brush preferences. */
    private void listen() {
        getElement().addEventListener("mask-changed", event -> {
            var data = event.getEventData();
            changed(data.get("event.detail.ops").asString(""), data.get("event.detail.feather").asInt(0));
        }).addEventData("event.detail.ops").addEventData("event.detail.feather");
        getElement().addEventListener("mask-imported", event -> {
            var data = event.getEventData();
            imported(data.get("event.detail.id").asInt(-1), data.get("event.detail.data").asString(""));
        }).addEventData("event.detail.id").addEventData("event.detail.data");
        getElement().addEventListener("preferences-changed", event -> fireEvent(new PreferencesChangedEvent(this,
                event.getEventData().get("event.detail.preferences").asString("{}"))))
                .addEventData("event.detail.preferences");
    }

    /** The zone as a PNG, drawn by the server from the operations (what will be sent). */
    private Anchor download() {
        var download = new Anchor(DownloadHandler.fromInputStream(request -> {
            var png = getMask();
            return new DownloadResponse(new ByteArrayInputStream(png), "mask.png", "image/png", png.length);
        }), "");
        download.add(new Icon(VaadinIcon.DOWNLOAD));
        download.getElement().setAttribute("download", true);
        download.getElement().setAttribute("slot", "download");
        download.getElement().setAttribute("data-action", "download");
        download.getElement().setAttribute("title", getTranslation("mask.download"));
        download.getElement().setAttribute("aria-label", getTranslation("mask.download"));
        download.addClassName("mask-download");
        return download;
    }

    /** The member's brush and overlay settings, as the editor last reported them (a JSON object; anything else is ignored). */
    public void setPreferences(String json) {
        try {
            if (JSON.readTree(json) instanceof ObjectNode settings) {
                getElement().setPropertyJson("preferences", settings);
                // the soft edge shown is the one the mask will have, before any change is sent
                feather = Math.clamp(settings.path("feather").asInt(0), 0, MAX_FEATHER);
            }
        } catch (JacksonException e) {
            // settings that are not an object are not the editor's: it keeps its own
        }
    }

    /** The mask at the photo's size as a PNG: white where the zone is, black elsewhere, soft edge if asked. */
    public byte[] getMask() {
        return MaskConvention.png(getMaskImage());
    }

    /** The mask at the photo's size. */
    public BufferedImage getMaskImage() {
        var mask = painting.paint(width, height, 1, imported);
        MaskPainting.feather(mask, feather);
        return mask;
    }

    /** The share of the photo (0 to 1) the zone covers now. */
    public double coverage() {
        return coverage;
    }

    /** What is wrong with the zone as it is (empty, or nearly the whole photo), as an i18n key. */
    public Optional<String> problem() {
        return MaskConvention.problem(coverage);
    }

    /** Whether the zone is so small that it may be a slip of the brush (it may still be sent, once asked). */
    public boolean small() {
        return problem().isEmpty() && coverage < MaskConvention.SMALL_COVERAGE;
    }

    /** What the zone's status line says: what is wrong with it, that it is very small, or how much it covers. */
    String status() {
        return problem().map(this::getTranslation).orElseGet(() -> small() ? getTranslation("mask.small.status", coverage * 100)
                : getTranslation("mask.coverage", coverage));
    }

    public Registration addMaskChangedListener(ComponentEventListener<MaskChangedEvent> listener) {
        return addListener(MaskChangedEvent.class, listener);
    }

    public Registration addPreferencesChangedListener(ComponentEventListener<PreferencesChangedEvent> listener) {
        return addListener(PreferencesChangedEvent.class, listener);
    }

    private void changed(String ops, int softness) {
        var parsed = MaskPainting.parse(ops);
        if (parsed.isEmpty()) {
            return;
        }
        painting = parsed.get();
        feather = Math.clamp(softness, 0, MAX_FEATHER);
        coverage = measure();
        fireEvent(new MaskChangedEvent(this, true, coverage));
    }

    private void imported(int id, String dataUrl) {
        var comma = dataUrl.indexOf(',');
        Optional<BufferedImage> mask = Optional.empty();
        if (id > 0 && comma > 0 && dataUrl.length() <= MAX_IMPORT_CHARS) {
            try {
                mask = MaskConvention.read(Base64.getDecoder().decode(dataUrl.substring(comma + 1)), width, height);
            } catch (IllegalArgumentException e) {
                mask = Optional.empty();
            }
        }
        if (mask.isEmpty()) {
            getElement().callJsFunction("dropImage", id);
            Notification.show(getTranslation("mask.import.unreadable"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
            return;
        }
        var all = new HashMap<>(imported);
        all.put(id, mask.get());
        imported = Map.copyOf(all);
        coverage = measure();
        fireEvent(new MaskChangedEvent(this, true, coverage));
    }

    private double measure() {
        double scale = Math.min(1, (double) MEASURE_SIDE / Math.max(width, height));
        return MaskConvention.coverage(painting.paint(width, height, scale, imported));
    }

    private ObjectNode texts() {
        var texts = JsonNodeFactory.instance.objectNode();
        for (var key : new String[] {"mask.toolbar", "mask.tools", "mask.brush", "mask.eraser", "mask.polygon",
                "mask.lasso", "mask.fill-mode", "mask.fill-add", "mask.fill-remove", "mask.size", "mask.history",
                "mask.undo", "mask.redo", "mask.mask", "mask.invert", "mask.clear", "mask.hide", "mask.show",
                "mask.view", "mask.zoom-out", "mask.zoom-in", "mask.fit", "mask.zoom", "mask.pan", "mask.colour",
                "mask.opacity", "mask.feather", "mask.files", "mask.import", "mask.help", "mask.close",
                "mask.canvas", "mask.swap", "mask.brush.hint", "mask.eraser.hint", "mask.polygon.hint",
                "mask.lasso.hint", "mask.shortcuts.hint", "mask.polygon.close", "mask.polygon.cancel",
                "mask.key.alt-wheel", "mask.key.wheel", "mask.key.space-drag", "mask.key.enter", "mask.key.escape",
                "mask.import.too-big", "mask.import.unreadable"}) {
            texts.put(key.substring("mask.".length()), getTranslation(key));
        }
        return texts;
    }

    /** The zone changed: it now covers {@link #coverage()} of the photo. */
    public static class MaskChangedEvent extends ComponentEvent<MaskEditor> {

        private final double coverage;

        public MaskChangedEvent(MaskEditor source, boolean fromClient, double coverage) {
            super(source, fromClient);
            this.coverage = coverage;
        }

        public double coverage() {
            return coverage;
        }

        /** What is wrong with the zone as it is now, as an i18n key, if anything. */
        public Optional<String> problem() {
            return MaskConvention.problem(coverage);
        }
    }

    /** The member changed the brush or the overlay: remember {@link #preferences()} for next time. */
    public static class PreferencesChangedEvent extends ComponentEvent<MaskEditor> {

        private final String preferences;

        public PreferencesChangedEvent(MaskEditor source, String preferences) {
            super(source, true);
            this.preferences = preferences;
        }

        public String preferences() {
            return preferences;
        }
    }
}
