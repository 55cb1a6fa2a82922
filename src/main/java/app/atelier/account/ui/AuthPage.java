package app.atelier.account.ui;

import app.atelier.ui.LanguageSwitch;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The frame of the pages seen before signing in: what Atelier is on one side, the form on the other. */
abstract class AuthPage extends Main {

    private final Div panel = new Div();

    AuthPage() {
        addClassName("auth-page");
        var logo = new Icon(VaadinIcon.FILM);
        logo.getElement().setAttribute("aria-hidden", "true");
        var brand = new Div(logo, new Span(getTranslation("app.name")));
        brand.addClassName("brand");
        var pitch = new Section(brand, new H2(getTranslation("auth.pitch.title")),
                new UnorderedList(
                        new ListItem(getTranslation("auth.pitch.motion")),
                        new ListItem(getTranslation("auth.pitch.ai-video")),
                        new ListItem(getTranslation("auth.pitch.exterior")),
                        new ListItem(getTranslation("auth.pitch.team"))));
        pitch.addClassName("auth-pitch");
        panel.addClassName("auth-panel");
        add(pitch, panel);
    }

    /** Puts the page's own content in the panel, with the language choice under it. */
    protected void setPanelContent(Component... content) {
        var column = new Div(content);
        column.addClassName("auth-column");
        panel.removeAll();
        panel.add(column, new LanguageSwitch());
    }

    protected static Paragraph notice(String text, String variant) {
        var notice = new Paragraph(text);
        notice.addClassNames("auth-notice", variant);
        notice.getElement().setAttribute("role", "status");
        return notice;
    }
}
