package app.atelier.account.ui;

import app.atelier.FreshInstallation;
import app.atelier.IntegrationTest;
import app.atelier.account.AccountService;
import app.atelier.account.SetupRequest;
import app.atelier.account.internal.LoginThrottledException;
import app.atelier.shared.Language;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.web.WebAttributes;

import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@WithAnonymousUser
@ExtendWith(FreshInstallation.class)
class LoginViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;


    @BeforeEach
    void aFrenchBrowser() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @Test
    void beforeTheFirstTeamExistsSignInLeadsToSetup() {
        navigate("login", SetupView.class);

        assertThat(getCurrentView()).isInstanceOf(SetupView.class);
    }

    @Test
    void theFormAsksForAnEmailAddressInFrench() {
        setUp();

        navigate(LoginView.class);

        assertThat(i18nOfTheForm()).contains("Adresse e-mail", "Mot de passe", "Se connecter")
                .doesNotContain("Forgot password", "Username is required");
        assertThat(find(LoginForm.class).single().isError()).isFalse();
    }

    @Test
    void aRefusedSignInSaysTheAddressOrPasswordIsWrong() {
        setUp();
        lastFailureWas(new BadCredentialsException("Bad credentials"));

        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", ""));

        assertThat(find(LoginForm.class).single().isError()).isTrue();
        assertThat(i18nOfTheForm()).contains("Adresse e-mail ou mot de passe incorrect.");
    }

    @Test
    void aThrottledSignInSaysHowLongToWait() {
        setUp();
        lastFailureWas(new LoginThrottledException(Duration.ofSeconds(150)));

        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", ""));

        assertThat(i18nOfTheForm()).contains("Trop de tentatives", "Réessayez dans 3 minutes.");
    }

    @Test
    void aThrottleOfUnderAMinuteIsSaidInTheSingular() {
        setUp();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        lastFailureWas(new LoginThrottledException(Duration.ofSeconds(20)));

        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", ""));

        assertThat(i18nOfTheForm()).contains("Try again in 1 minute.");
    }

    @Test
    void afterSetupAndAfterSignOutTheFormSaysWhatHappened() {
        setUp();

        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("created", ""));
        assertThat(find(Paragraph.class).withClassName("auth-notice").single().getText())
                .startsWith("Votre équipe est prête.");

        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("signed-out", ""));
        assertThat(find(Paragraph.class).withClassName("auth-notice").single().getText())
                .isEqualTo("Vous êtes déconnecté. À bientôt\u00a0!");
    }

    private void setUp() {
        accounts.setUp(new SetupRequest("Agence du Port", "Claire Martin", "claire@agence-du-port.fr",
                "oliviers moulin lavande 73", Language.FRENCH));
    }

    private static void lastFailureWas(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
    }

    private String i18nOfTheForm() {
        return String.valueOf(find(LoginForm.class).single().getElement().getPropertyRaw("i18n"));
    }
}
