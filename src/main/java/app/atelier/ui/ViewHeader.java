package app.atelier.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;

/** The top of every view: its title, one sentence about it, and its one primary action on the right. */
public class ViewHeader extends Header {

    private final Div actions = new Div();

    public ViewHeader(String title, String description) {
        addClassName("view-header");
        var text = new Div(new H1(title), new Paragraph(description));
        text.addClassName("view-header-text");
        actions.addClassName("view-header-actions");
        add(text, actions);
    }

    public ViewHeader withPrimaryAction(Component action) {
        actions.add(action);
        return this;
    }
}
