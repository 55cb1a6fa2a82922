package app.atelier.studio.ui;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.Base64;

/**
 * What the browser's mask editor sends, sent from a test without a browser: the list of operations
 * after a change, as the editor's {@code mask-changed} event carries it.
 */
public final class PaintedMasks {

    private PaintedMasks() {
    }

    /** The editor now holds these operations (JSON, as the browser writes them). */
    public static void paint(MaskEditor editor, String operations) {
        paint(editor, operations, 0);
    }

    public static void paint(MaskEditor editor, String operations, int feather) {
        var data = JsonNodeFactory.instance.objectNode();
        data.put("event.detail.ops", operations);
        data.put("event.detail.feather", feather);
        fire(editor, "mask-changed", data);
    }

    /** A file the member imported in the editor, as the browser sends it (a data URL) under the number it gave it. */
    public static void imported(MaskEditor editor, int id, byte[] file) {
        var data = JsonNodeFactory.instance.objectNode();
        data.put("event.detail.id", id);
        data.put("event.detail.data", "data:image/png;base64," + Base64.getEncoder().encodeToString(file));
        fire(editor, "mask-imported", data);
    }

    /** The member changed the brush or the overlay. */
    public static void preferences(MaskEditor editor, String json) {
        var data = JsonNodeFactory.instance.objectNode();
        data.put("event.detail.preferences", json);
        fire(editor, "preferences-changed", data);
    }

    private static void fire(MaskEditor editor, String type, ObjectNode data) {
        var element = editor.getElement();
        element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element, type, data));
    }

    /** A filled rectangle of the zone, in photo pixels. */
    public static String rectangle(int left, int top, int right, int bottom) {
        return "{\"t\":\"fill\",\"erase\":false,\"pts\":[" + left + "," + top + "," + right + "," + top + "," + right + ","
                + bottom + "," + left + "," + bottom + "]}";
    }
}
