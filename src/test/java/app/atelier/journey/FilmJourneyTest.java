package app.atelier.journey;

import app.atelier.account.Role;
import app.atelier.shared.Language;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member makes the listing film of a project: opens it from the project, adds three finished videos
 * to its two photos, drags one first, moves a shot with the keyboard, captions a photo, keeps a video's
 * sound, fills the cards, finds it all again after a reload, chooses a track and 9:16, and makes it,
 * watching which shot is being made; the film arrives on the project page like any result, plays,
 * and is shared.
 */
@BrowserTest
class FilmJourneyTest extends Journey {

    @Test
    void aMemberPutsTheFilmTogetherAndMakesItInNineSixteenths() {
        accounts.ensureTeam();
        var team = accounts.otherTeam();
        var member = accounts.memberOf(team, Role.MEMBER, Language.FRENCH, "Claire Martin");
        var project = projects.project(team, "Villa Les Oliviers", 2);
        var photos = projects.photosOf(project);
        generations.cameraMotion(team, project, photos.get(1), member.memberId(), "PAN_RIGHT", "SUCCEEDED", 100, null);
        generations.cameraMotion(team, project, photos.get(0), member.memberId(), "ZOOM_IN", "SUCCEEDED", 100, null);
        generations.cameraMotion(team, project, photos.get(1), member.memberId(), "PAN_LEFT", "SUCCEEDED", 100, null);
        generations.music(team, "Balade provençale", 40);
        var page = chromium.newPage("fr-FR", 1440, 900);
        var visitor = chromium.newPage("fr-FR", 390, 844);
        try {
            Chromium.signIn(page, port, member.getUsername());
            page.navigate("http://localhost:" + port + "/projects/" + project);
            page.locator(".open-film").click();
            page.waitForURL("**/projects/" + project + "/film");
            var tiles = page.locator(".shot-tile");
            assertThat(tiles).hasCount(2);
            assertThat(page.locator(".film-total")).containsText("2 plans");

            page.locator(".film-source[aria-label*='Zoom avant']").click();
            page.locator(".film-source[aria-label*='Panoramique vers la gauche']").click();
            page.locator(".film-source[aria-label*='Panoramique vers la droite']").click();
            assertThat(tiles).hasCount(5);
            assertThat(page.locator(".film-total")).containsText("5 plans");
            assertThat(page.locator(".shot-editor h3")).hasText("Plan 5 · vidéo");
            assertThat(page.locator(".film-status")).hasText("Enregistré.");
            // the video, dragged onto the first shot, takes its place
            tiles.nth(4).dragTo(tiles.nth(0));
            assertThat(tiles.nth(0)).hasAttribute("aria-label", java.util.regex.Pattern.compile("^Plan 1 : vidéo"));
            // the keyboard moves the chosen shot one place later
            tiles.nth(0).focus();
            page.keyboard().press("Alt+ArrowRight");
            assertThat(tiles.nth(1)).hasAttribute("aria-label", java.util.regex.Pattern.compile("^Plan 2 : vidéo"));
            tiles.nth(0).click();
            assertThat(page.locator(".shot-editor h3")).hasText("Plan 1 · photo");
            page.locator(".shot-caption-field input").fill("Séjour · 42 m²");
            page.locator(".shot-caption-field input").press("Tab");
            assertThat(tiles.nth(0).locator(".shot-caption")).hasText("Séjour · 42 m²");
            page.getByLabel("Prix", new Page.GetByLabelOptions().setExact(true)).fill("450000");
            page.getByLabel("Prix", new Page.GetByLabelOptions().setExact(true)).press("Tab");
            assertThat(page.locator(".film-status")).hasText("Enregistré.");
            Chromium.screenshot(page, "film-editor-fr");

            // the video's frame in the film's shape, moved with the keyboard, kept
            tiles.nth(1).click();
            assertThat(page.locator(".shot-editor h3")).hasText("Plan 2 · vidéo");
            // its own sound kept (the music will step back under it)
            page.locator(".shot-sound input").check();
            var frame = page.locator(".shot-framing .framing-box");
            var before = frame.evaluate("box => box.style.top + ' ' + box.style.left").toString();
            page.locator(".shot-framing .framing-stage").focus();
            page.keyboard().press("ArrowDown");
            page.waitForFunction("before => document.querySelector('.shot-framing .framing-box') &&"
                    + " (document.querySelector('.shot-framing .framing-box').style.top + ' '"
                    + " + document.querySelector('.shot-framing .framing-box').style.left) !== before", before);
            var moved = frame.evaluate("box => box.style.top + ' ' + box.style.left").toString();
            Chromium.screenshot(page, "film-video-shot-fr");

            page.reload();
            assertThat(tiles).hasCount(5);
            tiles.nth(1).click();
            assertThat(page.locator(".shot-editor h3")).hasText("Plan 2 · vidéo");
            assertThat(frame.evaluate("box => box.style.top + ' ' + box.style.left").toString()).isEqualTo(moved);
            assertThat(page.locator(".shot-sound input")).isChecked();
            assertThat(tiles.nth(0).locator(".shot-caption")).hasText("Séjour · 42 m²");
            assertThat(tiles.nth(1)).hasAttribute("aria-label", java.util.regex.Pattern.compile("^Plan 2 : vidéo"));
            assertThat(page.getByLabel("Prix", new Page.GetByLabelOptions().setExact(true))).hasValue("450000");

            // a quick look before making it: the shots play in the browser, in order, the caption over the first
            page.locator(".preview-film").click();
            var preview = page.locator(".film-preview");
            assertThat(preview).hasAttribute("data-shown", "1");
            assertThat(preview.locator(".preview-caption")).hasText("Séjour · 42 m²");
            assertThat(preview).hasAttribute("data-shown", "2", new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
            assertThat(preview.locator(".preview-shot.shown video")).hasCount(1);
            Chromium.screenshot(page, "film-preview-fr");
            page.keyboard().press("Escape");
            assertThat(preview).isHidden();

            page.locator(".film-format").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("9:16 · 1080 × 1920")).click();
            page.locator(".film-music vaadin-select-value-button").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Balade provençale"))).click();
            assertThat(page.locator(".film-status")).hasText("Enregistré.");
            page.locator(".make-film").click();
            page.waitForURL("**/projects/" + project);
            var film = page.locator(".generation-card").filter(new Locator.FilterOptions().setHasText("Film de l’annonce"));
            // live, the shot being made
            assertThat(film.locator(".generation-progress-label")).containsText(java.util.regex.Pattern.compile("Plan [1-5] sur 5 · \\d+ %"),
                    new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
            Chromium.screenshot(page, "film-making-fr");
            assertThat(film.locator(".state-chip")).hasText("Prête", new LocatorAssertions.HasTextOptions().setTimeout(180_000));
            // the film carries its own mentions: its download adds none by default
            assertThat(film.locator(".label-result input")).not().isChecked();
            Chromium.screenshot(page, "film-made-fr");

            // it plays, full size
            film.locator(".full-size-link").click();
            var played = page.locator(".viewer-stage video");
            assertThat(played).isVisible();
            played.evaluate("video => { video.muted = true; return video.play(); }");
            page.waitForFunction("() => document.querySelector('.viewer-stage video').currentTime > 0.5");
            page.goBack();
            page.waitForURL("**/projects/" + project);

            // shared: a visitor without an account watches it
            film.locator(".generation-more").click();
            page.locator("vaadin-menu-bar-item.share-generation").click();
            page.locator(".create-share").click();
            var link = page.locator(".share-address input");
            assertThat(link).hasValue(java.util.regex.Pattern.compile(".*/share/[A-Za-z0-9_-]{43}$"));
            assertThat(visitor.navigate(link.inputValue()).status()).isEqualTo(200);
            assertThat(visitor.locator(".shared-media video")).hasCount(1);
            page.keyboard().press("Escape");

            // the same film in another shape, in one click from the result
            film.locator(".generation-more").click();
            page.locator("vaadin-menu-bar-item.film-in-square").click();
            assertThat(film).hasCount(2);
            assertThat(film.locator(".state-chip")).hasText(new String[]{"Prête", "Prête"},
                    new LocatorAssertions.HasTextOptions().setTimeout(180_000));
            assertThat(film.first()).containsText("1:1 · 1080 × 1080");
        } catch (RuntimeException | AssertionError failure) {
            Chromium.screenshot(page, "film-journey-failure");
            throw failure;
        } finally {
            page.context().close();
            visitor.context().close();
        }
    }
}
