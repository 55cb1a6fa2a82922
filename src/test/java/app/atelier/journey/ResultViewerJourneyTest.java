package app.atelier.journey;

import app.atelier.account.Role;
import app.atelier.shared.Language;
import com.microsoft.playwright.Mouse;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A member opens a result full size from its card, steps through the project's results with the
 * keyboard, drags the before/after of an exterior at full size, closes with Escape, and sends the
 * address to a teammate, who sees the same result.
 */
@BrowserTest
class ResultViewerJourneyTest extends Journey {

    @Test
    void resultsAreSeenFullSizeOneAfterTheOtherAndByTheirAddress() {
        accounts.ensureTeam();
        var team = accounts.otherTeam();
        var member = accounts.memberOf(team, Role.MEMBER, Language.FRENCH, "Claire Martin");
        var project = projects.project(team, "Villa du Cap", 2);
        var photos = projects.photosOf(project);
        var exterior = generations.succeeded(team, project, photos.get(1), member.memberId(), "iacrea-exterior", "EXTERIOR",
                "{\"exterior\":\"POOL\"}", "{}", 1400, 800);
        generations.cameraMotion(team, project, photos.get(0), member.memberId(), "ZOOM_IN", "SUCCEEDED", 100, null);
        generations.succeeded(team, project, photos.get(0), member.memberId(), "luma", "AI_VIDEO",
                "{\"prompt\":\"Survol du jardin\"}", "{}", 1280, 768);
        var page = chromium.newPage("fr-FR", 1440, 900);
        var teammate = chromium.newPage("en-GB", 390, 844);
        try {
            Chromium.signIn(page, port, member.getUsername());
            page.navigate(base() + "/projects/" + project);
            var first = page.locator(".generation-card").first();
            var firstId = first.getAttribute("data-generation");
            first.locator(".full-size-link").click();

            page.waitForURL("**/projects/" + project + "/results/" + firstId);
            assertThat(page.locator(".viewer-position")).hasText("1 sur 3");
            assertThat(page.locator(".viewer-previous")).isHidden();
            var shown = page.locator(".viewer-frame").boundingBox();
            assertThat(shown.width).as("as large as the window allows, not card size").isGreaterThan(900);
            assertThat(page.locator(".viewer-side")).containsText("Villa du Cap");
            assertThat(page.locator(".viewer-side .approve-result")).isVisible();

            page.keyboard().press("ArrowRight");
            assertThat(page.locator(".viewer-position")).hasText("2 sur 3");
            assertThat(page).not().hasURL(Pattern.compile(".*/results/" + firstId + "$"));
            page.keyboard().press("ArrowRight");
            assertThat(page.locator(".viewer-position")).hasText("3 sur 3");
            assertThat(page.locator(".viewer-next")).isHidden();
            page.keyboard().press("ArrowLeft");
            assertThat(page.locator(".viewer-position")).hasText("2 sur 3");

            page.navigate(base() + "/projects/" + project + "/results/" + exterior);
            var compare = page.locator(".viewer-stage atelier-compare");
            assertThat(compare).isVisible();
            assertThat(page.locator(".viewer-side")).containsText("photo-2.jpg");
            var box = compare.boundingBox();
            assertThat(box.width / box.height).as("the exterior at its own shape").isCloseTo(1400 / 800.0, within(0.02));
            page.mouse().move(box.x + box.width / 2, box.y + box.height / 2);
            page.mouse().down();
            page.mouse().move(box.x + box.width / 4, box.y + box.height / 2, new Mouse.MoveOptions().setSteps(5));
            page.mouse().up();
            assertThat(((Number) compare.evaluate("element => element.position")).doubleValue())
                    .as("the divider dragged at full size").isLessThan(35);
            Chromium.screenshot(page, "viewer-exterior-fr");

            page.keyboard().press("Escape");
            page.waitForURL("**/projects/" + project);
            assertThat(page.locator(".generation-card")).hasCount(3);

            var marc = accounts.memberOf(team, Role.VIEWER, Language.ENGLISH, "Marc Petit");
            Chromium.signIn(teammate, port, marc.getUsername());
            teammate.navigate(base() + "/projects/" + project + "/results/" + exterior);
            assertThat(teammate.locator(".viewer-stage atelier-compare")).isVisible();
            assertThat(teammate.locator(".viewer-position")).hasText(Pattern.compile("\\d of 3"));
            assertThat(teammate.locator(".viewer-side")).containsText("Villa du Cap");
            Chromium.screenshot(teammate, "viewer-exterior-phone-en");
        } catch (RuntimeException | AssertionError failure) {
            Chromium.screenshot(page, "viewer-journey-failure");
            Chromium.screenshot(teammate, "viewer-journey-failure-teammate");
            throw failure;
        } finally {
            page.context().close();
            teammate.context().close();
        }
    }
}
