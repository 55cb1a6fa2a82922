package app.atelier.journey;

import app.atelier.account.Role;
import app.atelier.shared.Language;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two members look at the same project: one approves a pool with a comment, the other sees the verdict
 * and the comment arrive live. Then a share link is made and opened in a fresh browser with no
 * account: the image with the AI mention, a download button, nothing else; once revoked, a 404.
 */
@BrowserTest
class ReviewJourneyTest extends Journey {

    @Test
    void anApprovalIsSeenLiveAndASharedLinkOpensWithoutAccountUntilRevoked() throws IOException {
        accounts.ensureTeam();
        var team = accounts.otherTeam();
        var claire = accounts.memberOf(team, Role.MEMBER, Language.FRENCH, "Claire Martin");
        var marc = accounts.memberOf(team, Role.VIEWER, Language.ENGLISH, "Marc Petit");
        var project = projects.project(team, "Villa Les Oliviers", 1);
        generations.succeeded(team, project, projects.photosOf(project).getFirst(), claire.memberId(), "iacrea-exterior",
                "EXTERIOR", "{\"exterior\":\"POOL\"}", "{}", 1400, 800);
        var first = chromium.newPage("fr-FR", 1440, 900);
        var second = chromium.newPage("en-GB", 1440, 900);
        // a fresh browser context: no cookie, no session, nobody signed in
        var visitor = chromium.newPage("fr-FR", 390, 844);
        try {
            Chromium.signIn(first, port, claire.getUsername());
            Chromium.signIn(second, port, marc.getUsername());
            first.navigate(base() + "/projects/" + project);
            second.navigate(base() + "/projects/" + project);
            second.locator(".review-thread-panel").click();
            assertThat(second.locator(".review-thread")).containsText("No comments yet.");

            first.locator(".review-thread-panel").click();
            first.locator(".review-comment textarea").fill("Parfait pour l’annonce, on garde.");
            first.locator(".approve-result").click();

            assertThat(second.locator(".review-chip")).hasText("Approved");
            assertThat(second.locator(".review-thread")).containsText("Claire Martin");
            assertThat(second.locator(".review-thread")).containsText("Parfait pour l’annonce, on garde.");
            assertThat(second.locator(".review-verdict")).containsText("Approved by Claire Martin");
            assertThat(first.locator(".approve-result")).hasAttribute("aria-pressed", "true");
            Chromium.screenshot(second, "review-live-en");
            Chromium.screenshot(first, "review-approved-fr");

            // a share link, with the mention (on by default for an exterior)
            first.locator(".generation-more").click();
            first.locator("vaadin-menu-bar-item.share-generation").click();
            assertThat(first.locator(".share-label input")).isChecked();
            first.locator(".create-share").click();
            var address = first.locator(".share-address input");
            assertThat(address).hasValue(java.util.regex.Pattern.compile(".*/share/[A-Za-z0-9_-]{43}$"));
            var link = address.inputValue();
            Chromium.screenshot(first, "share-dialog-fr");

            var opened = visitor.navigate(link);
            assertThat(opened.status()).isEqualTo(200);
            assertThat(visitor.locator(".shared-title")).hasText("Villa Les Oliviers");
            assertThat(visitor.locator(".shared-item")).hasCount(1);
            assertThat(visitor.locator("vaadin-app-layout, .main-layout")).hasCount(0);
            assertThat(visitor.locator("body")).not().containsText("Claire Martin");
            // the image at its own shape, the whole width of the phone's card: no dark bands around it
            var shown = visitor.locator(".shared-media img").boundingBox();
            var frame = visitor.locator(".shared-media").boundingBox();
            assertThat(shown.width / shown.height).isCloseTo(1400 / 800.0, org.assertj.core.api.Assertions.within(0.02));
            assertThat(shown.width).isCloseTo(frame.width, org.assertj.core.api.Assertions.within(1.0));
            assertThat(shown.height).isCloseTo(frame.height, org.assertj.core.api.Assertions.within(1.0));
            var download = visitor.waitForDownload(() -> visitor.locator(".shared-download").click());
            assertThat(download.suggestedFilename()).isEqualTo("villa-les-oliviers.jpg");
            var image = ImageIO.read(Files.newInputStream(download.path()));
            assertThat(image.getWidth()).isEqualTo(1400);
            var corner = image.getRGB(40, 800 - 40) >> 16 & 255;
            assertThat(corner).as("the mention's dark plate in the lower-left corner").isLessThan(140);
            Chromium.screenshot(visitor, "share-page-phone-fr");

            first.navigate(base() + "/shares");
            assertThat(first.locator(".share-row")).containsText("ouvert 1 fois");
            Chromium.screenshot(first, "shares-list-fr");
            first.locator(".revoke-share").click();
            first.locator(".confirm-delete").click();
            assertThat(first.locator(".share-row")).containsText("Révoqué");

            var gone = visitor.navigate(link);
            assertThat(gone.status()).isEqualTo(404);
            assertThat(visitor.locator(".shared-item")).hasCount(0);

            // a viewer shares too, in English: the page speaks the language of whoever made the link
            second.locator(".generation-more").click();
            second.locator("vaadin-menu-bar-item.share-generation").click();
            second.locator(".create-share").click();
            var english = second.locator(".share-address input");
            assertThat(english).hasValue(java.util.regex.Pattern.compile(".*/share/[A-Za-z0-9_-]{43}$"));
            Chromium.screenshot(second, "share-dialog-en");
            visitor.navigate(english.inputValue());
            assertThat(visitor.locator(".shared-until")).containsText("Link open until");
            Chromium.screenshot(visitor, "share-page-phone-en");

            // make another like this: the wizard, filled in
            first.navigate(base() + "/projects/" + project);
            first.locator(".generation-more").click();
            first.locator("vaadin-menu-bar-item.again-generation").click();
            assertThat(first.locator(".wizard-started-from")).containsText("Réglages repris de « Piscine »");
            Chromium.screenshot(first, "wizard-started-from-fr");
        } catch (RuntimeException | AssertionError failure) {
            Chromium.screenshot(first, "review-journey-failure-first");
            Chromium.screenshot(second, "review-journey-failure-second");
            throw failure;
        } finally {
            first.context().close();
            second.context().close();
            visitor.context().close();
        }
    }
}
