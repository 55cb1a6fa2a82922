package app.atelier.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** What a place is for while it holds nothing yet, and the one action that fills it. */
public class EmptyState extends Div {

    private final Div actions = new Div();

    public EmptyState(VaadinIcon icon, String title, String text) {
        addClassName("empty-state");
        var illustration = new Icon(icon);
        illustration.addClassName("empty-state-icon");
        illustration.getElement().setAttribute("aria-hidden", "true");
        actions.addClassName("empty-state-actions");
        add(illustration, new H2(title), new Paragraph(text), actions);
    }

    public EmptyState withAction(Component action) {
        actions.add(action);
        return this;
    }
}
