package app.atelier.journey;

import app.atelier.account.Role;
import app.atelier.shared.Language;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A project with more results than a page shows, in Chromium: the newest twelve, then the rest when
 * the member asks for them, in French on a laptop and in English on a phone.
 */
@BrowserTest
class ProjectPagesJourneyTest extends Journey {

    @Test
    void theNewestResultsComeFirstAndTheRestWhenAsked() {
        var team = accounts.ensureTeam();
        var project = projects.project(team, "Domaine des Cent Oliviers", 2);
        var photos = projects.photosOf(project);
        var colleague = accounts.member(Role.MEMBER, Language.FRENCH, "Marc Petit").memberId();
        for (int i = 0; i < 14; i++) {
            generations.cameraMotion(team, project, photos.get(i % 2), colleague, i % 2 == 0 ? "PAN_LEFT" : "ZOOM_OUT",
                    "FAILED", 0, "VENDOR_DOWN");
        }
        for (var language : Language.values()) {
            var member = accounts.member(Role.MEMBER, language, "Claire Martin");
            var phone = language == Language.ENGLISH;
            var page = chromium.newPage(language.code(), phone ? 390 : 1440, phone ? 844 : 900);
            try {
                Chromium.signIn(page, port, member.getUsername());
                page.navigate(base() + "/projects/" + project);
                var cards = page.locator(".generation-card");
                assertThat(cards).hasCount(12);
                var more = page.locator(".generations-more");
                more.scrollIntoViewIfNeeded();
                assertThat(more).hasText(phone ? "Show more · 2 more results" : "Afficher plus · 2 autres réalisations");
                Chromium.screenshot(page, "project-show-more-" + language.code() + (phone ? "-phone" : ""));

                more.click();

                assertThat(cards).hasCount(14);
                assertThat(more).isHidden();
            } finally {
                page.context().close();
            }
        }
    }
}
