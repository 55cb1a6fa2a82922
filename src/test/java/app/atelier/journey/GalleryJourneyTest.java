package app.atelier.journey;

import app.atelier.account.Role;
import app.atelier.shared.Language;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A member with many projects scrolls the gallery (more come as the list ends), searches it, keeps the
 * search in the address (a reload or a bookmark shows the same), filters by kind of result from an
 * address, and clears the filters.
 */
@BrowserTest
class GalleryJourneyTest extends Journey {

    @Test
    void theGalleryScrollsSearchesFiltersAndKeepsItAllInTheAddress() {
        accounts.ensureTeam();
        var team = accounts.otherTeam();
        var member = accounts.memberOf(team, Role.MEMBER, Language.FRENCH, "Claire Martin");
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < 30; i++) {
            projects.project(team, "Appartement " + i, "AP-" + i, i + " rue de la République, Marseille", now.minusMinutes(i), 0);
        }
        var villa = projects.project(team, "Villa Les Oliviers", "VLO-1", "Saint-Tropez", now.minusDays(2), 1);
        generations.succeeded(team, villa, projects.photosOf(villa).getFirst(), member.memberId(), "iacrea-exterior",
                "EXTERIOR", "{\"exterior\":\"POOL\"}", "{}", 1200, 800);
        var page = chromium.newPage("fr-FR", 1440, 900);
        try {
            Chromium.signIn(page, port, member.getUsername());
            var cards = page.locator(".project-grid .media-card-link");
            assertThat(cards).hasCount(24);
            assertThat(cards.first()).containsText("Villa Les Oliviers");
            assertThat(cards.first()).containsText("1 image");
            page.locator(".gallery-more").scrollIntoViewIfNeeded();
            assertThat(cards).hasCount(31);
            Chromium.screenshot(page, "gallery-scrolled-fr");

            page.locator(".gallery-search input").fill("oliviers");
            assertThat(cards).hasCount(1);
            page.waitForURL("**/?q=oliviers");
            assertThat(page.locator(".gallery-status")).hasText("1 projet trouvé");
            page.reload();
            assertThat(cards).hasCount(1);
            assertThat(page.locator(".gallery-search input")).hasValue("oliviers");

            page.navigate(base() + "/?kind=exterior&sort=name");
            assertThat(cards).hasCount(1);
            assertThat(page.locator(".gallery-filter-details")).containsText("Filtres (1 actif)");
            assertThat(page.locator(".gallery-sort")).containsText("Nom");
            Chromium.screenshot(page, "gallery-filtered-fr");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Effacer les filtres")).first().click();
            assertThat(cards).hasCount(24);
            page.waitForURL("**/?sort=name");
            assertThat(cards.first()).containsText("Appartement 0");
        } catch (RuntimeException | AssertionError failure) {
            Chromium.screenshot(page, "gallery-journey-failure");
            throw failure;
        } finally {
            page.context().close();
        }
    }

    @Test
    void theResultsListPlaysAVideoUnderThePointer() {
        accounts.ensureTeam();
        var team = accounts.otherTeam();
        var member = accounts.memberOf(team, Role.MEMBER, Language.ENGLISH, "Claire Martin");
        var villa = projects.project(team, "Villa Les Oliviers", 2);
        var photos = projects.photosOf(villa);
        generations.cameraMotion(team, villa, photos.get(0), member.memberId(), "ZOOM_IN", "SUCCEEDED", 100, null);
        generations.succeeded(team, villa, photos.get(1), member.memberId(), "iacrea-exterior", "EXTERIOR",
                "{\"exterior\":\"POOL\"}", "{}", 1200, 800);
        var page = chromium.newPage("en-GB", 1440, 900);
        try {
            Chromium.signIn(page, port, member.getUsername());
            page.locator(".gallery-modes vaadin-button").nth(1).click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*view=results.*"));
            var results = page.locator(".result-grid .result-link");
            assertThat(results).hasCount(2);
            var video = page.locator(".result-link[data-video]");
            assertThat(video.locator("video")).hasCount(0);

            video.hover();
            var playing = video.locator("video.result-hover-video");
            assertThat(playing).hasCount(1);
            page.waitForCondition(() -> (Boolean) playing.evaluate("v => !v.paused && v.currentTime > 0"));
            Chromium.screenshot(page, "gallery-results-en");

            page.mouse().move(5, 5);
            assertThat(video.locator("video")).hasCount(0);
            page.reload();
            assertThat(results).hasCount(2);
        } catch (RuntimeException | AssertionError failure) {
            Chromium.screenshot(page, "gallery-results-failure");
            throw failure;
        } finally {
            page.context().close();
        }
    }
}
