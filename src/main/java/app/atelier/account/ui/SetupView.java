package app.atelier.account.ui;

import app.atelier.account.AccountService;
import app.atelier.account.PasswordCheck;
import app.atelier.account.SetupField;
import app.atelier.account.SetupRequest;
import app.atelier.account.SetupResult;
import app.atelier.shared.Language;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.EnumMap;
import java.util.Map;

/**
 * First-run setup: while no team exists, the first visitor creates it and becomes its admin. Once
 * done, this page no longer exists (404), whoever asks.
 */
@Route(value = "setup", autoLayout = false)
@AnonymousAllowed
public class SetupView extends AuthPage implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;

    final TextField teamName = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final ProgressBar strengthBar = new ProgressBar(0, 4);
    final Span strengthText = new Span();
    final Button submit = new Button();

    private final Map<SetupField, HasValidation> fields = new EnumMap<>(SetupField.class);

    SetupView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("setup-page");

        teamName.setLabel(getTranslation("setup.team-name"));
        teamName.setHelperText(getTranslation("setup.team-name.helper"));
        teamName.setMaxLength(AccountService.MAX_NAME_LENGTH);
        displayName.setLabel(getTranslation("setup.display-name"));
        displayName.setMaxLength(AccountService.MAX_NAME_LENGTH);
        displayName.setAutocomplete(Autocomplete.NAME);
        email.setLabel(getTranslation("setup.email"));
        email.setHelperText(getTranslation("setup.email.helper"));
        email.setAutocomplete(Autocomplete.EMAIL);
        password.setLabel(getTranslation("setup.password"));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setValueChangeMode(ValueChangeMode.LAZY);
        password.setValueChangeTimeout(200);
        password.addValueChangeListener(change -> showStrength());

        validateManually();

        strengthBar.addClassName("strength-bar");
        strengthBar.getElement().setAttribute("aria-hidden", "true");
        strengthText.addClassName("strength-text");
        strengthText.getElement().setAttribute("aria-live", "polite");
        var strength = new Div(strengthBar, strengthText);
        strength.addClassName("password-strength");
        showStrength();

        submit.setText(getTranslation("setup.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(click -> submit());
        submit.setDisableOnClick(true);

        var form = new FormLayout(teamName, displayName, email, password, strength, submit);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.addClassName("setup-form");

        var intro = new Paragraph(getTranslation("setup.intro"));
        intro.addClassName("auth-intro");
        setPanelContent(new H1(getTranslation("setup.title")), intro, form);
    }

    /** The server says what is wrong with a field; a change to it clears what it said. */
    private void validateManually() {
        fields.put(SetupField.TEAM_NAME, teamName);
        fields.put(SetupField.DISPLAY_NAME, displayName);
        fields.put(SetupField.EMAIL, email);
        fields.put(SetupField.PASSWORD, password);
        teamName.setManualValidation(true);
        displayName.setManualValidation(true);
        email.setManualValidation(true);
        password.setManualValidation(true);
        teamName.addValueChangeListener(change -> clearProblem(teamName));
        displayName.addValueChangeListener(change -> clearProblem(displayName));
        email.addValueChangeListener(change -> clearProblem(email));
        password.addValueChangeListener(change -> clearProblem(password));
        teamName.setRequiredIndicatorVisible(true);
        displayName.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        password.setRequiredIndicatorVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (accounts.isSetUp()) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private SetupRequest draft() {
        return new SetupRequest(teamName.getValue(), displayName.getValue(), email.getValue(), password.getValue(),
                Language.of(getLocale()));
    }

    private void submit() {
        try {
            switch (accounts.setUp(draft())) {
                case SetupResult.Completed completed -> {
                    LoginView.remember(email.getValue().strip());
                    UI.getCurrent().navigate(LoginView.class, QueryParameters.of(LoginView.TEAM_CREATED, ""));
                }
                case SetupResult.AlreadyCompleted already -> {
                    Notification.show(getTranslation("setup.already-done"), 6000, Notification.Position.MIDDLE);
                    UI.getCurrent().navigate(LoginView.class);
                }
                case SetupResult.Failed failed -> Notification.show(getTranslation("setup.failed", failed.reference()),
                        12000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
                case SetupResult.Invalid invalid -> showProblems(invalid.problems());
            }
        } finally {
            submit.setEnabled(true);
        }
    }

    private void showProblems(Map<SetupField, String> problems) {
        problems.forEach((field, messageKey) -> {
            var component = fields.get(field);
            component.setErrorMessage(getTranslation(messageKey));
            component.setInvalid(true);
        });
        fields.entrySet().stream()
                .filter(entry -> problems.containsKey(entry.getKey()))
                .findFirst()
                .ifPresent(entry -> ((Focusable<?>) entry.getValue()).focus());
    }

    private static void clearProblem(HasValidation field) {
        field.setInvalid(false);
        field.setErrorMessage(null);
    }

    private void showStrength() {
        strengthBar.removeThemeVariants(ProgressBarVariant.values());
        if (password.isEmpty()) {
            strengthBar.setValue(0);
            strengthText.setText(getTranslation("password.strength.rule"));
            return;
        }
        PasswordCheck check = accounts.checkPassword(draft());
        strengthBar.setValue(Math.max(check.score(), 0.25));
        strengthBar.addThemeVariants(check.acceptable() ? ProgressBarVariant.SUCCESS
                : check.score() >= 2 ? ProgressBarVariant.LUMO_CONTRAST : ProgressBarVariant.ERROR);
        // The verdict itself appears as the field's error once submitted; live, only say how to improve.
        var advice = check.advice(Language.of(getLocale()));
        strengthText.setText(check.acceptable() ? getTranslation("password.strength.good")
                : advice.isBlank() ? getTranslation("password.strength.rule") : advice);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("setup.title"));
    }
}
