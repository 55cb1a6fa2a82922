package app.atelier.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Everything a person or a screen reader gets from the current page: texts, labels, titles, i18n objects. */
public final class RenderedText {

    private RenderedText() {
    }

    /** Each text, attribute and property value of the page around the current view, layouts included. */
    public static List<String> ofCurrentPage() {
        var ui = UI.getCurrent();
        var chain = ui.getInternals().getActiveRouterTargetsChain();
        var outermost = chain.getLast().getElement();
        var texts = new ArrayList<String>();
        collect(outermost, texts);
        // what opens over the page (dialogs, notifications) hangs from the UI itself
        ui.getChildren().filter(child -> child.getElement() != outermost)
                .forEach(child -> collect(child.getElement(), texts));
        return texts;
    }

    /** All of it as one text, every kind of non-breaking space read as a space. */
    public static String joined() {
        return String.join("\n", ofCurrentPage()).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static void collect(Element element, List<String> texts) {
        add(texts, element.getText());
        element.getAttributeNames().forEach(name -> add(texts, element.getAttribute(name)));
        element.getPropertyNames().forEach(name -> {
            if (element.getPropertyRaw(name) instanceof JsonNode json) {
                addJsonText(texts, json);
            } else {
                add(texts, String.valueOf(element.getPropertyRaw(name)));
            }
        });
        element.getChildren().forEach(child -> collect(child, texts));
    }

    /** The strings inside a JSON property (a component's i18n object), not its field names. */
    private static void addJsonText(List<String> texts, JsonNode json) {
        if (json.isString()) {
            add(texts, json.asString());
        } else if (json.isContainer()) {
            json.forEach(value -> addJsonText(texts, value));
        }
    }

    private static void add(List<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text);
        }
    }
}
