package app.atelier.journey;

import app.atelier.TestDatabase;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first journey in a real Chromium: a fresh installation, the first admin sets the team up,
 * signs in, finds the empty gallery in French, switches to English, signs out and back in.
 */
@BrowserTest
class FirstRunJourneyTest extends Journey {

    private static final String EMAIL = "claire@agence-du-port.fr";
    private static final String PASSWORD = "oliviers moulin lavande 73";

    @Autowired
    TestDatabase testDatabase;

    @BeforeEach
    void freshInstallation() {
        testDatabase.reset();
    }

    @Test
    void firstAdminSetsUpSignsInSwitchesLanguageAndSignsOut() {
        var page = chromium.newPage("fr-FR", 1440, 900);
        List<String> webSockets = new CopyOnWriteArrayList<>();
        page.onWebSocket(socket -> webSockets.add(socket.url()));
        try {
            page.navigate(base() + "/");
            assertThat(page).hasURL(base() + "/setup");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Créez votre équipe"))).isVisible();
            Chromium.screenshot(page, "journey-01-setup-fr");

            page.getByLabel("Nom de l’équipe").fill("Agence du Port");
            page.getByLabel("Votre nom").fill("Claire Martin");
            page.getByLabel("Votre adresse e-mail").fill(EMAIL);
            page.locator("vaadin-password-field input").fill("claire2024");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer l’équipe")).click();
            assertThat(page.locator("vaadin-password-field")).containsText("Trop facile à deviner.");
            Chromium.screenshot(page, "journey-02-setup-weak-password-fr");

            page.locator("vaadin-password-field input").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer l’équipe")).click();
            page.waitForURL("**/login?created");
            assertThat(page.locator(".auth-notice")).containsText("Votre équipe est prête.");
            // the address just set up, ready for its password
            assertThat(page.locator("input[name=username]")).hasValue(EMAIL);
            assertThat(page.locator("input[name=password]")).isFocused();

            signIn(page, EMAIL, "not my password");
            page.waitForURL("**/login?error");
            assertThat(page.locator("vaadin-login-form")).containsText("Adresse e-mail ou mot de passe incorrect.");
            // kept after a refusal
            assertThat(page.locator("input[name=username]")).hasValue(EMAIL);
            Chromium.screenshot(page, "journey-03-sign-in-refused-fr");

            var sessionBefore = sessionCookie(page);
            signIn(page, EMAIL, PASSWORD);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Galerie"))).isVisible();
            assertThat(page.getByText("Aucun projet pour l’instant")).isVisible();
            assertThat(page.locator(".team-name")).hasText("Agence du Port");
            assertThat(page.locator("html")).hasAttribute("lang", "fr");
            assertThat(sessionCookie(page)).as("a new session id after sign-in").isNotEqualTo(sessionBefore);
            page.waitForCondition(() -> webSockets.stream().anyMatch(url -> url.contains("/VAADIN/push")));
            Chromium.screenshot(page, "journey-04-gallery-fr");

            chooseInMemberMenu(page, "Langue", "English");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Gallery"))).isVisible();
            assertThat(page.getByText("No projects yet")).isVisible();
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            Chromium.screenshot(page, "journey-05-gallery-en");

            page.reload();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Gallery"))).isVisible();

            chooseInMemberMenu(page, "Sign out");
            page.waitForURL("**/login?signed-out");
            assertThat(page.locator(".auth-notice")).containsText("Vous êtes déconnecté.");
            Chromium.screenshot(page, "journey-06-signed-out-fr");

            // a new session in a French browser, yet English: the language is remembered for the member
            signIn(page, EMAIL, PASSWORD);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Gallery"))).isVisible();

            var setupAgain = page.navigate(base() + "/setup");
            assertThat(setupAgain.status()).isEqualTo(404);
        } catch (RuntimeException | AssertionError failure) {
            Chromium.screenshot(page, "journey-failure");
            throw failure;
        } finally {
            page.context().close();
        }
    }

    private static void signIn(Page page, String email, String password) {
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
    }

    private static void chooseInMemberMenu(Page page, String... path) {
        page.locator(".member-menu vaadin-menu-bar-button").first().click();
        for (var item : path) {
            page.locator("vaadin-menu-bar-item").getByText(item, new Locator.GetByTextOptions().setExact(true)).click();
        }
    }

    private static String sessionCookie(Page page) {
        return page.context().cookies().stream()
                .filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map((Cookie cookie) -> cookie.value)
                .findFirst()
                .orElse("");
    }
}
