package app.atelier.ui;

import app.atelier.shared.Language;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.server.VaadinSession;

/**
 * Language links for pages seen before signing in: each language's name in that language, the current
 * one marked. The choice lasts for the browser session; after sign-in the member's own choice wins.
 */
public class LanguageSwitch extends Nav {

    public LanguageSwitch() {
        addClassName("language-switch");
        getElement().setAttribute("aria-label", getTranslation("language.switch"));
        var current = Language.of(getLocale());
        for (var language : Language.values()) {
            var button = new Button(getTranslation(language.labelKey()), click -> switchTo(language));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            button.getElement().setAttribute("lang", language.code());
            if (language == current) {
                button.setEnabled(false);
                button.getElement().setAttribute("aria-current", "true");
            }
            add(button);
        }
    }

    private static void switchTo(Language language) {
        VaadinSession.getCurrent().setLocale(language.locale());
        UI.getCurrent().getPage().reload();
    }
}
