package app.atelier.management.ui;

import app.atelier.IntegrationTest;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.account.TeamAdmin;
import app.atelier.account.TeamLinkResult;
import app.atelier.notification.MailOutcome;
import app.atelier.notification.NotificationPreferences;
import app.atelier.notification.Notifications;
import app.atelier.shared.Language;
import app.atelier.ui.RenderedText;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation without an SMTP server (the default): nothing is sent and nothing fails; links are
 * made and shown as before; the settings say that e-mail is off, and keep each member's choices.
 */
@IntegrationTest
class WithoutMailTest extends SpringBrowserlessTest {

    @Autowired
    Notifications notifications;

    @Autowired
    TeamAdmin team;

    @Test
    @WithMember(role = Role.ADMIN, freshTeam = true)
    void anInvitationIsMadeAndShownWithNothingSent() throws Exception {
        assertThat(notifications.enabled()).isFalse();
        var made = (TeamLinkResult.Made) team.invite("nina-" + UUID.randomUUID().toString().substring(0, 8) + "@agence-du-port.fr",
                Role.MEMBER, Duration.ofDays(7), Language.FRENCH);
        assertThat(notifications.sendLink(made.link()).get(5, TimeUnit.SECONDS)).isEqualTo(new MailOutcome.Off());

        test(navigate(TeamView.class).invite).click();
        var dialog = find(InviteDialog.class).single();
        assertThat(dialog.language.isVisible()).as("no e-mail to write in a language").isFalse();
        test(dialog.email).setValue("olga-" + UUID.randomUUID().toString().substring(0, 8) + "@agence-du-port.fr");
        test(dialog.send).click();
        var link = find(LinkDialog.class).single();
        assertThat(link.mail.isAttached()).isFalse();
        assertThat(RenderedText.joined()).contains("/join/").doesNotContain("e-mail à");
    }

    @Test
    @WithMember(role = Role.MEMBER, freshTeam = true)
    void aMembersSettingsSayEmailIsOffAndKeepTheirChoices() {
        var view = navigate(SettingsView.class);

        assertThat(RenderedText.joined()).contains("Cette installation n’envoie pas encore d’e-mails",
                "Une de mes générations qui a pris plus de 3 min est terminée");
        assertThat(view.generationEnded.getValue()).isFalse();
        assertThat(view.lowBalance.isAttached()).as("for admins").isFalse();
        assertThat(view.webhookGivenUp.isAttached()).isTrue();
        assertThat(view.test.isAttached()).isFalse();

        test(view.generationEnded).click();

        assertThat(notifications.mine()).isEqualTo(new NotificationPreferences(true, true, true));
        assertThat(view.saved.getText()).isEqualTo("Enregistré.");
        assertThat(navigate(SettingsView.class).generationEnded.getValue()).as("kept").isTrue();
    }

    @Test
    @WithMember(role = Role.ADMIN, freshTeam = true, language = Language.ENGLISH)
    void anAdminIsToldHowToTurnEmailOnAndCannotSendATest() {
        var view = navigate(SettingsView.class);

        assertThat(RenderedText.joined()).contains("set spring.mail.host");
        assertThat(view.lowBalance.isAttached()).isTrue();
        assertThat(view.test.isEnabled()).isFalse();
    }

    @Test
    @WithMember(role = Role.VIEWER, freshTeam = true)
    void aViewerHasNoWebhooksToHearAbout() {
        var view = navigate(SettingsView.class);

        assertThat(view.webhookGivenUp.isAttached()).isFalse();
        assertThat(view.generationEnded.isAttached()).isTrue();
    }
}
