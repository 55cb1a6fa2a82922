package app.atelier.journey;

import app.atelier.TestAccounts;
import app.atelier.account.Role;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.Language;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin invites a colleague; the colleague opens the link in a browser of their own, chooses a
 * name and a password, signs in and opens their credits; the admin gives them credits with a reason,
 * and the colleague's dashboard shows them as they arrive, with the grant in the history. The admin's
 * dashboard draws the team's usage as a chart.
 */
@BrowserTest
class TeamJourneyTest extends Journey {

    @Test
    void anInvitedMemberJoinsAndSeesTheCreditsTheAdminGivesLive() {
        accounts.ensureTeam();
        var team = accounts.otherTeam();
        var claire = accounts.memberOf(team, Role.ADMIN, Language.FRENCH, "Claire Martin");
        var project = projects.project(team, "Villa Les Oliviers", 1);
        var generation = generations.succeeded(team, project, projects.photosOf(project).getFirst(), claire.memberId(), "local",
                "CAMERA_MOTION", "{\"motion\":\"ZOOM_IN\"}", "{}", 1280, 720);
        credits.grant(team, claire.memberId(), CreditCurrency.VIDEO, 10);
        credits.spent(team, claire.memberId(), generation.value(), CreditCurrency.VIDEO, 1, OffsetDateTime.now(ZoneOffset.UTC).minusDays(1));
        var email = "lucie-" + UUID.randomUUID().toString().substring(0, 8) + "@agence-du-port.fr";
        var admin = chromium.newPage("fr-FR", 1440, 900);
        // the invitee's own browser: no cookie, nobody signed in
        var invitee = chromium.newPage("en-GB", 390, 844);
        try {
            Chromium.signIn(admin, port, claire.getUsername());
            admin.navigate(base() + "/team");
            admin.locator(".invite-member").click();
            admin.locator(".invite-dialog vaadin-email-field input").fill(email);
            admin.locator(".create-invitation").click();
            var address = admin.locator(".invite-address input");
            assertThat(address).hasValue(java.util.regex.Pattern.compile(".*/join/[A-Za-z0-9_-]{43}$"));
            var link = address.inputValue();
            Chromium.screenshot(admin, "team-invite-fr");
            admin.keyboard().press("Escape");

            invitee.navigate(link);
            assertThat(invitee.locator(".join-page")).containsText("Claire Martin");
            Chromium.screenshot(invitee, "join-en-phone");
            invitee.locator(".join-name input").fill("Lucie Bernard");
            invitee.locator(".join-page vaadin-password-field input").fill(TestAccounts.PASSWORD);
            invitee.locator(".answer-link").click();
            invitee.waitForURL("**/login?joined*");
            Chromium.signIn(invitee, port, email);
            invitee.navigate(base() + "/credits");
            var video = invitee.locator(".balance-card[data-currency=VIDEO]");
            assertThat(video).hasAttribute("data-available", "0");

            admin.navigate(base() + "/team");
            var row = admin.locator(".member-row", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Lucie Bernard"));
            assertThat(row).containsText("Membre");
            Chromium.screenshot(admin, "team-members-fr");
            row.locator(".member-actions").click();
            admin.locator("vaadin-menu-bar-item.member-credits-action").click();
            var dialog = admin.locator(".member-credits-dialog");
            dialog.locator("vaadin-integer-field").first().locator("input").fill("5");
            dialog.locator("vaadin-text-field input").first().fill("Mandat Villa Les Oliviers");
            dialog.locator(".give-credits").click();
            assertThat(dialog.locator(".member-balances")).containsText("5 crédits vidéo");

            // the invitee's open dashboard follows without a reload
            assertThat(video).hasAttribute("data-available", "5");
            assertThat(invitee.locator("vaadin-grid.ledger")).containsText("Mandat Villa Les Oliviers");
            Chromium.screenshot(invitee, "credits-member-en-phone");

            admin.keyboard().press("Escape");
            admin.navigate(base() + "/credits");
            assertThat(admin.locator("atelier-chart canvas")).hasCount(1);
            admin.waitForCondition(() -> ((Number) admin.evaluate("document.querySelector('atelier-chart').drawnValues")).intValue() > 0);
            assertThat(admin.locator("atelier-chart")).hasAttribute("data-total", "1");
            Chromium.screenshot(admin, "credits-admin-fr");
        } finally {
            admin.context().close();
            invitee.context().close();
        }
    }
}
