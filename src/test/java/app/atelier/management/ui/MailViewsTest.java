package app.atelier.management.ui;

import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.notification.MailTest;
import app.atelier.notification.MailTestBase;
import app.atelier.notification.TestMailServer;
import app.atelier.ui.RenderedText;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The admin's side of e-mail: an invitation's link is also e-mailed, and the dialog says so when the
 * server took it (or that it did not, and to hand the link over); the test e-mail of the settings.
 */
@MailTest
@WithMember(role = Role.ADMIN, freshTeam = true, name = "Claire Martin")
class MailViewsTest extends SpringBrowserlessTest {

    @BeforeEach
    void anEmptyMailbox() {
        TestMailServer.purge();
    }

    @AfterEach
    void serverUpAgain() {
        TestMailServer.up();
    }

    @Test
    void theInvitationDialogSaysTheLinkWasAlsoEmailedInTheChosenLanguage() throws Exception {
        var email = "lucie-" + UUID.randomUUID().toString().substring(0, 8) + "@agence-du-port.fr";
        var dialog = invite(email);
        assertThat(dialog.language.isVisible()).isTrue();
        assertThat(dialog.language.getValue().code()).isEqualTo("fr");
        dialog.language.setValue(app.atelier.shared.Language.ENGLISH);

        test(dialog.send).click();

        var link = find(LinkDialog.class).single();
        assertThat(link.mail.getElement().getTextRecursively()).isEqualTo("Envoi par e-mail à " + email + "…");
        awaitOutcome(link, "sent");
        assertThat(link.mail.getElement().getTextRecursively()).isEqualTo("Envoyé aussi par e-mail à " + email + ".");
        var message = TestMailServer.received(1).getFirst();
        assertThat(message.getSubject()).isEqualTo("Claire Martin invites you to join Immo Concurrence on Atelier");
        assertThat(MailTestBase.parts(message).text()).contains("http://localhost:8080/join/");
    }

    @Test
    void whenTheServerIsDownTheAdminIsToldToHandTheLinkOverThemselves() {
        TestMailServer.down();
        var dialog = invite("paul-" + UUID.randomUUID().toString().substring(0, 8) + "@agence-du-port.fr");

        test(dialog.send).click();

        var link = find(LinkDialog.class).single();
        awaitOutcome(link, "failed");
        assertThat(link.mail.getElement().getTextRecursively()).contains("n’a pas pu partir", "transmettez le lien vous-même");
        assertThat(RenderedText.joined()).contains("/join/");
    }

    @Test
    void anAdminSendsThemselvesATestEmail() throws Exception {
        var view = navigate(SettingsView.class);
        assertThat(view.test.isEnabled()).isTrue();
        assertThat(RenderedText.joined()).contains("Les e-mails sont envoyés à");

        test(view.test).click();

        await().pollInSameThread().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            runPendingAccessTasks();
            assertThat(view.testOutcome.getElement().getAttribute("data-outcome")).isEqualTo("sent");
        });
        assertThat(view.testOutcome.getText()).startsWith("Le serveur SMTP a pris l’e-mail de test");
        assertThat(TestMailServer.received(1).getFirst().getSubject()).isEqualTo("Atelier peut envoyer des e-mails");
    }

    private InviteDialog invite(String email) {
        var team = navigate(TeamView.class);
        test(team.invite).click();
        var dialog = find(InviteDialog.class).single();
        test(dialog.email).setValue(email);
        return dialog;
    }

    private void awaitOutcome(LinkDialog link, String outcome) {
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            runPendingAccessTasks();
            assertThat(link.mail.getElement().getAttribute("data-outcome")).isEqualTo(outcome);
        });
    }

    private static void runPendingAccessTasks() {
        var session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }
}
