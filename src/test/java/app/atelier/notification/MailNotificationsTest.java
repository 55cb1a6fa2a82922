package app.atelier.notification;

import app.atelier.TestAccounts;
import app.atelier.TestCredits;
import app.atelier.TestGenerations;
import app.atelier.TestProjects;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.account.TeamAdmin;
import app.atelier.account.TeamLinkResult;
import app.atelier.api.WebhookGivenUp;
import app.atelier.credits.Adjustment;
import app.atelier.credits.Credits;
import app.atelier.generation.GenerationChanged;
import app.atelier.generation.GenerationProbe;
import app.atelier.generation.GenerationRequest;
import app.atelier.generation.GenerationRequests;
import app.atelier.generation.GenerationState;
import app.atelier.generation.SubmitResult;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.Providers;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.GenerationId;
import app.atelier.shared.Language;
import app.atelier.shared.ProjectId;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * E-mails as their recipients read them, received by a real SMTP server: invitations and new-password
 * links (in the chosen language, plain text and HTML, with the public address), a generation that
 * ended (only for who asked for it), balances running low (once per crossing, to admins), a webhook
 * given up; and an SMTP server down or refusing does not stop a link from being made.
 */
@MailTest
class MailNotificationsTest extends MailTestBase {

    @Autowired
    Notifications notifications;

    @Autowired
    TeamAdmin team;

    @Autowired
    Credits credits;

    @Autowired
    GenerationRequests requests;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestProjects projects;

    @Autowired
    TestCredits testCredits;

    @Autowired
    TestGenerations testGenerations;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @AfterEach
    void serverUpAgain() {
        TestMailServer.up();
    }

    @Test
    @WithMember(role = Role.ADMIN, freshTeam = true, name = "Claire Martin")
    void anInvitationIsAlsoSentToTheInviteeInTheLanguageChosenForThem() throws Exception {
        var email = "lucie-" + UUID.randomUUID().toString().substring(0, 8) + "@agence-du-port.fr";
        var made = (TeamLinkResult.Made) team.invite(email, Role.MEMBER, Duration.ofDays(7), Language.ENGLISH);

        var outcome = notifications.sendLink(made.link()).get(30, TimeUnit.SECONDS);

        assertThat(outcome).isEqualTo(new MailOutcome.Sent(email));
        var message = only(TestMailServer.received(1));
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly(email);
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("no-reply@localhost");
        assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Atelier");
        assertThat(message.getSubject()).isEqualTo("Claire Martin invites you to join Immo Concurrence on Atelier");
        assertThat(message.getContentType()).startsWith("multipart/");
        var link = "http://localhost:8080/" + made.link().path();
        var parts = parts(message);
        assertThat(parts.text()).contains("Claire Martin invites you to join the team Immo Concurrence on Atelier, as Member.",
                "It serves once, until", link);
        assertThat(parts.html()).contains("<html lang=\"en\"", "href=\"" + link + "\"", "Join the team");
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    }

    @Test
    @WithMember(role = Role.ADMIN, freshTeam = true, name = "Claire Martin")
    void aNewPasswordLinkGoesToTheMemberInTheirOwnLanguage() throws Exception {
        var paul = accounts.memberOf(accounts.currentTeamId(), Role.MEMBER, Language.FRENCH, "Paul Girard");

        var made = (TeamLinkResult.Made) team.resetLink(paul.memberId());
        var outcome = notifications.sendLink(made.link()).get(30, TimeUnit.SECONDS);

        assertThat(outcome).isEqualTo(new MailOutcome.Sent(paul.getUsername()));
        var message = only(TestMailServer.received(1));
        assertThat(message.getSubject()).isEqualTo("Choisissez un nouveau mot de passe pour Atelier");
        assertThat(parts(message).text()).contains("Bonjour Paul Girard, Claire Martin vous a créé un lien",
                "http://localhost:8080/" + made.link().path(), "Il ne sert qu’une fois");
        assertThat(parts(message).html()).contains("<html lang=\"fr\"", "Choisir un nouveau mot de passe");
    }

    @Test
    @WithMember(role = Role.MEMBER, freshTeam = true, name = "Marc Petit")
    void aMemberWhoAskedForItHearsThatTheirGenerationsEndedAndOthersDoNot() throws Exception {
        var me = accounts.current();
        var project = projects.project(me.teamId(), "Villa Les Oliviers", 1);
        var photo = projects.photosOf(project).getFirst();
        testCredits.grant(me.teamId(), me.memberId(), CreditCurrency.VIDEO, 5);
        var probe = new GenerationProbe(jdbc);
        // a teammate who did not ask: the end of theirs is not told (told before ours, on the one mail thread)
        var teammate = accounts.memberOf(me.teamId(), Role.MEMBER, Language.FRENCH, "Lucie Bernard");
        var theirs = testGenerations.cameraMotion(me.teamId(), project, photo, teammate.memberId(), "PAN_LEFT", "SUCCEEDED", 100, null);
        events.publishEvent(new GenerationChanged(theirs, project, me.teamId(), teammate.memberId(), GenerationState.SUCCEEDED, 100, null, false, null));

        notifications.saveMine(new NotificationPreferences(true, false, true));
        var ready = submit(project, photo, Providers.LOCAL, GenerationKind.CAMERA_MOTION,
                Map.of("motion", "ZOOM_IN", "format", "SQUARE", "duration", "5"));
        probe.awaitState(ready, GenerationState.SUCCEEDED, Duration.ofSeconds(120));
        var failed = submit(project, photo, "luma", GenerationKind.AI_VIDEO, Map.of("prompt", "Vue aérienne #fail"));
        probe.awaitState(failed, GenerationState.FAILED, Duration.ofSeconds(60));

        var received = TestMailServer.received(2);
        assertThat(TestMailServer.receivedNow()).hasSize(2);
        assertThat(received).hasSize(2).allSatisfy(message -> assertThat(message.getAllRecipients())
                .extracting(Object::toString).containsExactly(me.getUsername()));
        var readyMail = withSubject(received, "Prêt : Mouvement de caméra · Villa Les Oliviers");
        assertThat(parts(readyMail).text()).contains("Votre génération « Mouvement de caméra » (", "du projet Villa Les Oliviers est prête",
                "http://localhost:8080/projects/" + project);
        var failedMail = withSubject(received, "Non abouti : Vidéo IA · Villa Les Oliviers");
        assertThat(parts(failedMail).text()).contains("n’a pas pu aboutir", "vous ont été rendus", "http://localhost:8080/settings");
    }

    @Test
    @WithMember(role = Role.ADMIN, freshTeam = true, name = "Claire Martin", language = Language.ENGLISH)
    void adminsHearOnceWhenAMembersCreditsRunLowAndAgainAfterTheyWereToppedUp() throws Exception {
        var marc = accounts.memberOf(accounts.currentTeamId(), Role.MEMBER, Language.FRENCH, "Marc Petit");
        credits.grant(marc.memberId(), CreditCurrency.VIDEO, 4, "Mandat");

        assertThat(credits.adjust(marc.memberId(), CreditCurrency.VIDEO, -2, "Erreur de saisie")).isInstanceOf(Adjustment.Done.class);
        var first = only(TestMailServer.received(1));
        assertThat(first.getSubject()).isEqualTo("Marc Petit has 2 video credits left");
        assertThat(parts(first).text()).contains("the alert threshold is 2", "http://localhost:8080/team");

        credits.adjust(marc.memberId(), CreditCurrency.VIDEO, -1, "Encore une erreur");
        credits.grant(marc.memberId(), CreditCurrency.VIDEO, 5, "Nouveau mandat");
        // balances are looked at off the request, as they are then: wait until the top-up was seen
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT COUNT(*) FROM notification_notice WHERE subject = ?")
                .param("member:" + marc.memberId() + ":VIDEO").query(Long.class).single() == 0);
        credits.adjust(marc.memberId(), CreditCurrency.VIDEO, -5, "Trop donné");

        var received = TestMailServer.received(2);
        assertThat(received).extracting(MailNotificationsTest::subject)
                .as("still low at 1: no second e-mail; above the threshold then low again: one more")
                .containsExactly("Marc Petit has 2 video credits left", "Marc Petit has 1 video credit left");
    }

    @Test
    @WithMember(role = Role.MEMBER, freshTeam = true, name = "Script Writer")
    void theOwnerOfAKeyHearsThatAWebhookWasGivenUp() throws Exception {
        var me = accounts.current();
        var generation = UUID.randomUUID();

        events.publishEvent(new WebhookGivenUp(generation, me.memberId(), "CRM plug-in", "https://crm.exemple.fr/hooks/atelier",
                6, 503, null));

        var message = only(TestMailServer.received(1));
        assertThat(message.getSubject()).isEqualTo("Un webhook de votre clé d’API « CRM plug-in » a été abandonné");
        assertThat(parts(message).text()).contains("https://crm.exemple.fr/hooks/atelier", "6 tentatives",
                "reçu la réponse HTTP 503", "GET /api/v1/generations/" + generation, "http://localhost:8080/api-keys");
    }

    @Test
    @WithMember(role = Role.ADMIN, freshTeam = true, name = "Claire Martin", language = Language.ENGLISH)
    void adminsHearOnceThatAVendorRefusesItsKeyAndAgainAfterANewKey() throws Exception {
        var team = accounts.currentTeamId();
        var refused = new app.atelier.generation.KeyRefused("evolink-wan", "provider.evolink-wan", "evolink", team);

        events.publishEvent(refused);
        var first = only(TestMailServer.received(1));
        assertThat(first.getSubject()).isEqualTo("Wan 2.5 (Evolink) refuses Atelier’s key");
        assertThat(parts(first).text()).contains("they are waiting", "Vendors tab", "http://localhost:8080/team");

        events.publishEvent(refused);
        events.publishEvent(new app.atelier.provider.VendorKeysChanged("evolink"));
        events.publishEvent(refused);

        assertThat(TestMailServer.received(2)).extracting(MailNotificationsTest::subject)
                .as("told once, and again once a new key was saved").hasSize(2);
    }

    @Test
    @WithMember(role = Role.ADMIN, freshTeam = true)
    void anSmtpServerThatIsDownOrRefusesDoesNotStopAnInvitation() throws Exception {
        TestMailServer.down();
        var down = (TeamLinkResult.Made) team.invite("down-" + UUID.randomUUID() + "@agence-du-port.fr", Role.MEMBER,
                Duration.ofDays(1), Language.FRENCH);
        assertThat(down.link().path()).startsWith("join/");
        assertThat(notifications.sendLink(down.link()).get(30, TimeUnit.SECONDS))
                // nothing listens: the connection is refused, or reset when it raced the closing socket's backlog
                .isInstanceOfSatisfying(MailOutcome.Failed.class,
                        failed -> assertThat(failed.reason()).containsAnyOf("refused", "reset", "Refused", "Reset"));

        TestMailServer.refusing();
        var refused = (TeamLinkResult.Made) team.invite("refused-" + UUID.randomUUID() + "@agence-du-port.fr", Role.MEMBER,
                Duration.ofDays(1), Language.FRENCH);
        assertThat(notifications.sendLink(refused.link()).get(30, TimeUnit.SECONDS))
                .isInstanceOfSatisfying(MailOutcome.Failed.class, failed -> assertThat(failed.reason()).contains("554"));

        assertThat(team.invitations()).extracting(invitation -> invitation.email())
                .contains(down.link().email(), refused.link().email());
    }

    @Test
    @WithMember(role = Role.MEMBER, freshTeam = true)
    void aNotificationTheServerDidNotTakeIsTriedAgain() throws Exception {
        var me = accounts.current();
        TestMailServer.down();

        double failedBefore = failedMails();
        events.publishEvent(new WebhookGivenUp(UUID.randomUUID(), me.memberId(), "ERP", "https://erp.exemple.fr/hook", 6, null,
                "Connection timed out"));
        await().atMost(Duration.ofSeconds(30)).until(() -> failedMails() > failedBefore);
        TestMailServer.up();

        var message = only(TestMailServer.received(1));
        assertThat(parts(message).text()).contains("reçu aucune réponse (Connection timed out)");
    }

    private double failedMails() {
        var counter = meters.find("atelier.mails").tag("kind", "webhook-given-up").tag("outcome", "failed").counter();
        return counter == null ? 0 : counter.count();
    }

    private GenerationId submit(ProjectId project, UUID photo, String provider, GenerationKind kind, Map<String, String> options) {
        var result = requests.submit(new GenerationRequest(project, List.of(photo), provider, kind, options));
        assertThat(result).isInstanceOf(SubmitResult.Accepted.class);
        return ((SubmitResult.Accepted) result).generationIds().getFirst();
    }

    private static MimeMessage only(List<MimeMessage> messages) {
        assertThat(messages).hasSize(1);
        return messages.getFirst();
    }

    private static MimeMessage withSubject(List<MimeMessage> messages, String subject) {
        return messages.stream().filter(message -> subject(message).equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("No e-mail «" + subject + "» in " + messages.stream().map(MailNotificationsTest::subject).toList()));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
