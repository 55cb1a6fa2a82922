package app.atelier.ui;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import tools.jackson.databind.node.JsonNodeFactory;

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
        var element = editor.getElement();
        element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element, "mask-changed", data));
    }

    /** A filled rectangle of the zone, in photo pixels. */
    public static String rectangle(int left, int top, int right, int bottom) {
        return "{\"t\":\"fill\",\"erase\":false,\"pts\":[" + left + "," + top + "," + right + "," + top + "," + right + ","
                + bottom + "," + left + "," + bottom + "]}";
    }
}
