package app.atelier.account.ui;

import app.atelier.FreshInstallation;
import app.atelier.IntegrationTest;
import app.atelier.account.AccountService;
import app.atelier.ui.NotFoundView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@WithAnonymousUser
@ExtendWith(FreshInstallation.class)
class SetupViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;



    @Test
    void anEmptyFormSaysWhatIsMissingAndStoresNothing() {
        var view = setupIn(Locale.FRENCH);

        test(view.submit).click();

        assertThat(view.teamName.isInvalid()).isTrue();
        assertThat(view.teamName.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(view.displayName.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(view.email.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(view.password.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(accounts.isSetUp()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(SetupView.class);
    }

    @Test
    void aWrongAddressAndAGuessablePasswordAreExplained() {
        var view = setupIn(Locale.FRENCH);
        fill(view, "claire@agence", "agenceduport2024");

        test(view.submit).click();

        assertThat(view.email.getErrorMessage()).isEqualTo("Cette adresse e-mail n’est pas valide.");
        assertThat(view.password.getErrorMessage()).isEqualTo("Trop facile à deviner.");
        assertThat(view.teamName.isInvalid()).isFalse();
        assertThat(accounts.isSetUp()).isFalse();
    }

    @Test
    void theStrengthMeterFollowsThePasswordAsItIsTyped() {
        var view = setupIn(Locale.FRENCH);
        fill(view, "claire@agence-du-port.fr", "azertyuiop");
        var weak = view.strengthText.getText();
        assertThat(view.strengthBar.getValue()).isLessThan(3);

        test(view.password).setValue("oliviers moulin lavande 73");

        assertThat(weak).isNotBlank().isNotEqualTo("Mot de passe robuste.");
        assertThat(view.strengthText.getText()).isEqualTo("Mot de passe robuste.");
        assertThat(view.strengthBar.getValue()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aCorrectFormCreatesTheTeamAndOpensSignIn() {
        var view = setupIn(Locale.FRENCH);
        fill(view, "claire@agence-du-port.fr", "oliviers moulin lavande 73");

        test(view.submit).click();

        assertThat(accounts.isSetUp()).isTrue();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters()).containsKey("created");
    }

    @Test
    void aSaveTheDatabaseRefusesIsNotPassedOffAsSomeoneElsesSetup() {
        var view = setupIn(Locale.ENGLISH);
        fill(view, "claire@agence-du-port.fr", "oliviers moulin lavande 73");
        jdbc.sql("ALTER TABLE team ADD CONSTRAINT refuses_for_the_test CHECK (name <> 'Agence du Port')").update();
        try {
            test(view.submit).click();
        } finally {
            jdbc.sql("ALTER TABLE team DROP CONSTRAINT refuses_for_the_test").update();
        }

        assertThat(test(find(Notification.class).single()).getText())
                .startsWith("The team could not be saved, and nothing was kept.")
                .containsPattern("reference [2-9A-HJKMNP-Z]{8}")
                .doesNotContain("refuses_for_the_test", "already been created");
        assertThat(getCurrentView()).as("the form stays, filled in, to try again").isInstanceOf(SetupView.class);
        assertThat(view.email.getValue()).isEqualTo("claire@agence-du-port.fr");
        assertThat(accounts.isSetUp()).isFalse();
    }

    @Test
    void theFormSpeaksEnglishToAnEnglishBrowser() {
        var view = setupIn(Locale.ENGLISH);

        test(view.submit).click();

        assertThat(view.teamName.getLabel()).isEqualTo("Team name");
        assertThat(view.teamName.getErrorMessage()).isEqualTo("This field is required.");
        assertThat(view.submit.getText()).isEqualTo("Create the team");
    }

    @Test
    void onceSetUpTheSetupPageNoLongerExists() {
        var view = setupIn(Locale.FRENCH);
        fill(view, "claire@agence-du-port.fr", "oliviers moulin lavande 73");
        test(view.submit).click();

        navigate("setup", NotFoundView.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    private SetupView setupIn(Locale locale) {
        UI.getCurrent().setLocale(locale);
        return navigate(SetupView.class);
    }

    private void fill(SetupView view, String email, String password) {
        test(view.teamName).setValue("Agence du Port");
        test(view.displayName).setValue("Claire Martin");
        test(view.email).setValue(email);
        test(view.password).setValue(password);
    }
}
