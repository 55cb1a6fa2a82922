package app.atelier.journey;

import app.atelier.FreshDataDirectory;
import app.atelier.TestAccounts;
import app.atelier.TestFixtures;
import app.atelier.account.Role;
import app.atelier.notification.MailTestBase;
import app.atelier.notification.MailTestServers;
import app.atelier.notification.TestMailServer;
import app.atelier.shared.Language;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An invitation by e-mail, as both people meet it: the admin invites in English and the dialog
 * says the e-mail went; the invitee opens the e-mail (its HTML, in a browser), follows its button
 * and joins. The admin's settings with e-mail on, and a test e-mail sent.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.mail.host=127.0.0.1")
@ActiveProfiles("test")
@ContextConfiguration(initializers = {FreshDataDirectory.class, MailTestServers.class})
@Import(TestFixtures.class)
class MailJourneyTest extends Journey {

    @Test
    void anInviteeJoinsFromTheEmailAndTheAdminTestsTheirSettings() throws Exception {
        TestMailServer.purge();
        accounts.ensureTeam();
        var team = accounts.otherTeam();
        var claire = accounts.memberOf(team, Role.ADMIN, Language.FRENCH, "Claire Martin");
        var email = "emma-" + UUID.randomUUID().toString().substring(0, 8) + "@harbour-estates.co.uk";
        var admin = chromium.newPage("fr-FR", 1440, 900);
        var reader = chromium.newPage("en-GB", 390, 844);
        try {
            Chromium.signIn(admin, port, claire.getUsername());
            admin.navigate(base() + "/team");
            admin.locator(".invite-member").click();
            admin.locator(".invite-dialog vaadin-email-field input").fill(email);
            admin.locator(".invite-dialog vaadin-select").nth(2).click();
            admin.locator("vaadin-select-item").getByText("English").click();
            Chromium.screenshot(admin, "mail-invite-dialog-fr");
            admin.locator(".create-invitation").click();
            assertThat(admin.locator(".link-mail")).hasAttribute("data-outcome", "sent");
            assertThat(admin.locator(".link-mail")).containsText("Envoyé aussi par e-mail à " + email);
            Chromium.screenshot(admin, "mail-link-sent-fr");
            admin.keyboard().press("Escape");

            var message = TestMailServer.received(1).getFirst();
            assertThat(message.getSubject()).isEqualTo("Claire Martin invites you to join Immo Concurrence on Atelier");
            // the invitee's mail program shows the HTML part
            reader.setContent(MailTestBase.parts(message).html());
            assertThat(reader.locator("a").getByText("Join the team")).isVisible();
            Chromium.screenshot(reader, "mail-invitation-en-phone");
            var href = reader.locator("a").getByText("Join the team").getAttribute("href");
            assertThat(href).matches(Pattern.compile("http://localhost:8080/join/[A-Za-z0-9_-]{43}"));

            reader.navigate(href.replace("http://localhost:8080", base()));
            assertThat(reader.locator(".join-page")).containsText("Claire Martin");
            reader.locator(".join-name input").fill("Emma Clarke");
            reader.locator(".join-page vaadin-password-field input").fill(TestAccounts.PASSWORD);
            reader.locator(".answer-link").click();
            reader.waitForURL("**/login?joined*");

            admin.navigate(base() + "/settings");
            assertThat(admin.locator(".settings-view")).containsText("Les e-mails sont envoyés à " + claire.getUsername());
            admin.locator(".send-test-mail").click();
            assertThat(admin.locator(".test-mail-outcome")).hasAttribute("data-outcome", "sent");
            Chromium.screenshot(admin, "mail-settings-test-sent-fr");
            assertThat(TestMailServer.received(2).get(1).getSubject()).isEqualTo("Atelier peut envoyer des e-mails");
        } finally {
            admin.context().close();
            reader.context().close();
        }
    }
}
