package app.atelier.account.ui;

import app.atelier.account.LinkAnswer;
import app.atelier.account.LinkOpening;
import app.atelier.account.SetupField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A page a link opens for someone not signed in (an invitation, a password reset): what the link is
 * for, a form, and the sign-in page once it is answered. A used, withdrawn or expired link says so
 * and offers nothing else.
 */
abstract class LinkAnswerPage extends AuthPage implements BeforeEnterObserver, HasDynamicTitle {

    static final String TOKEN = "token";

    final PasswordField password = new PasswordField();
    final Button submit = new Button();
    final Map<SetupField, HasValidation> fields = new EnumMap<>(SetupField.class);
    String token = "";

    LinkAnswerPage() {
        password.setLabel(getTranslation("setup.password"));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setHelperText(getTranslation("join.password.hint"));
        password.setRequiredIndicatorVisible(true);
        password.setManualValidation(true);
        password.addValueChangeListener(change -> password.setInvalid(false));
        fields.put(SetupField.PASSWORD, password);
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(click -> answer());
        submit.addClassName("answer-link");
    }

    /** What the link opens, if it can still be answered. */
    abstract Optional<LinkOpening> open(String token);

    abstract String titleKey();

    abstract String introduction(LinkOpening opening);

    /** The fields before the password. */
    abstract List<Component> fieldsFor(LinkOpening opening);

    abstract LinkAnswer send();

    /** The sign-in page's notice once answered. */
    abstract String doneNotice();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get(TOKEN).orElse("");
        var opening = open(token);
        if (opening.isEmpty()) {
            gone();
            return;
        }
        var intro = new Paragraph(introduction(opening.get()));
        intro.addClassName("auth-intro");
        var content = new ArrayList<>(fieldsFor(opening.get()));
        content.add(password);
        content.add(submit);
        var form = new FormLayout(content.toArray(Component[]::new));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.addClassName("setup-form");
        setPanelContent(new H1(getTranslation(titleKey())), intro, form);
    }

    private void gone() {
        var notice = notice(getTranslation("join.gone"), "neutral");
        var login = new Button(getTranslation("login.submit"), click -> UI.getCurrent().navigate(LoginView.class));
        setPanelContent(new H1(getTranslation(titleKey())), notice, login);
    }

    private void answer() {
        switch (send()) {
            case LinkAnswer.Done done -> {
                LoginView.remember(done.email());
                UI.getCurrent().navigate(LoginView.class, QueryParameters.of(doneNotice(), ""));
            }
            case LinkAnswer.Gone gone -> gone();
            case LinkAnswer.Invalid invalid -> invalid.problems().forEach((field, key) -> {
                var component = fields.get(field);
                if (component != null) {
                    component.setErrorMessage(getTranslation(key));
                    component.setInvalid(true);
                }
            });
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation(titleKey()));
    }
}
