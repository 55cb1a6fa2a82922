package app.atelier.journey;

import app.atelier.account.Role;
import app.atelier.generation.work.GenerationLifecycle;
import app.atelier.render.VideoProbe;
import app.atelier.shared.Language;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member opens a project, asks the wizard for a camera motion, and watches it being made without
 * reloading; then plays the video and downloads it. Elsewhere in the application, a member hears
 * that their video is ready and goes to it.
 */
@BrowserTest
class GenerationJourneyTest extends Journey {

    /** How far the page is scrolled: the layout's content area scrolls, not the window. */
    private static final String SCROLLED = """
            () => {
              const layout = document.querySelector('vaadin-app-layout');
              const content = layout && layout.shadowRoot.querySelector('[part~="content"]');
              return Math.max(window.scrollY, content ? content.scrollTop : 0);
            }""";

    @Autowired
    GenerationLifecycle lifecycle;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @TempDir
    Path folder;

    /** A member of a team of her own, French, and a laptop page to sign her in on. */
    private record Member(java.util.UUID team, String address, Page page) {
    }

    private Member claire() {
        accounts.ensureTeam();
        var team = accounts.otherTeam();
        var member = accounts.memberOf(team, Role.MEMBER, Language.FRENCH, "Claire Martin");
        return new Member(team, member.getUsername(), chromium.newPage("fr-FR", 1440, 900));
    }

    @Test
    void aCameraMotionIsOrderedWatchedLivePlayedAndDownloaded() throws IOException {
        var claire = claire();
        var project = projects.project(claire.team(), "Villa Les Oliviers", 1);
        var page = claire.page();
        try {
            Chromium.signIn(page, port, claire.address());
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Galerie"))).isVisible();

            page.navigate("http://localhost:" + port + "/projects/" + project);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouvelle génération")).click();
            assertThat(page.locator(".wizard-summary")).hasText("1 vidéo · Zoom avant · Paysage 1280 × 768 · 5 s");
            page.locator(".motion-card[data-motion=ZOOM_OUT]").click();
            page.getByText("10 s", new Page.GetByTextOptions().setExact(true)).click();
            assertThat(page.locator(".wizard-summary")).hasText("1 vidéo · Zoom arrière · Paysage 1280 × 768 · 10 s");
            assertThat(page.locator(".wizard-cost")).containsText("Gratuite");
            page.evaluate("() => window.stillTheSamePage = true");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Générer")).scrollIntoViewIfNeeded();
            assertThat(((Number) page.evaluate(SCROLLED)).intValue()).as("the wizard scrolled to its button").isPositive();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Générer")).click();

            page.waitForURL("**/projects/" + project);
            // the project page opens at its top, the new card in view, not where the wizard was scrolled
            page.waitForFunction("() => (" + SCROLLED + ")() === 0");
            assertThat(page.locator(".generation-card").first()).isInViewport();
            var bar = page.locator(".generation-card vaadin-progress-bar");
            page.waitForFunction("() => { const bar = document.querySelector('.generation-card vaadin-progress-bar');"
                    + " return bar && bar.value > 0 && bar.value < 1; }", null, new Page.WaitForFunctionOptions().setTimeout(30_000));
            double first = ((Number) bar.evaluate("bar => bar.value")).doubleValue();
            Chromium.screenshot(page, "generation-running-fr");
            page.waitForFunction("before => { const bar = document.querySelector('.generation-card vaadin-progress-bar');"
                    + " return !bar || bar.value > before; }", first, new Page.WaitForFunctionOptions().setTimeout(30_000));

            assertThat(page.locator(".generation-card .state-chip")).hasText("Prête",
                    new LocatorAssertions.HasTextOptions().setTimeout(60_000));
            assertThat((Boolean) page.evaluate("() => window.stillTheSamePage === true")).as("no reload").isTrue();
            Chromium.screenshot(page, "generation-ready-fr");

            page.locator(".play-button").click();
            page.waitForFunction("() => { const video = document.querySelector('.generation-card video');"
                    + " return video && video.readyState >= 2 && Math.abs(video.duration - 10) < 0.2 && video.currentTime > 0.3; }",
                    null, new Page.WaitForFunctionOptions().setTimeout(20_000));
            double played = ((Number) page.evaluate("() => document.querySelector('.generation-card video').currentTime")).doubleValue();
            page.waitForFunction("before => document.querySelector('.generation-card video').currentTime > before + 0.3", played);

            var download = page.waitForDownload(() -> page.locator(".download-link").click());
            assertThat(download.suggestedFilename()).matches("villa-les-oliviers-photo-1-zoom-arriere-\\d{4}-\\d{2}-\\d{2}\\.mp4");
            var saved = folder.resolve("video.mp4");
            download.saveAs(saved);
            byte[] bytes = Files.readAllBytes(saved);
            assertThat(new String(Arrays.copyOfRange(bytes, 4, 8))).isEqualTo("ftyp");
            var info = VideoProbe.probe(saved, folder.resolve("poster.jpg"));
            assertThat(info.width()).isEqualTo(1280);
            assertThat(info.height()).isEqualTo(768);
            assertThat(info.duration()).isEqualTo(Duration.ofSeconds(10));
        } catch (RuntimeException | AssertionError failure) {
            Chromium.screenshot(page, "generation-journey-failure");
            throw failure;
        } finally {
            page.context().close();
        }
    }

    @Test
    void photosSetTheirOwnWayEndUpOnTheirOwnCards() {
        var claire = claire();
        var project = projects.project(claire.team(), "Domaine des Pins", 3);
        var page = claire.page();
        try {
            Chromium.signIn(page, port, claire.address());
            page.navigate("http://localhost:" + port + "/generations/new?project=" + project);
            var scopes = page.locator(".photo-scope");
            assertThat(scopes).hasCount(4);
            page.getByText("Vertical HD 1080 × 1920").click();
            // the cut of each photo in 9:16
            assertThat(page.locator(".framing-stage")).hasCount(3);
            // a photo's cut, clicked, opens its own settings; its frame is dragged to the photo's left edge (its centre then
            // a little over a tenth of the width in: the 9:16 frame keeps about a third of a 16:9 photo)
            page.locator(".framing-stage").nth(1).click();
            assertThat(scopes.nth(2)).hasAttribute("aria-selected", "true");
            assertThat(page.locator("[data-option=format]")).isHidden();
            page.locator(".motion-card[data-motion=PAN_LEFT]").click();
            var frame = page.locator(".framing-stage.movable .framing-box").boundingBox();
            var stage = page.locator(".framing-stage.movable").boundingBox();
            page.mouse().move(frame.x + frame.width / 2, frame.y + frame.height / 2);
            page.mouse().down();
            page.mouse().move(stage.x + 2, frame.y + frame.height / 2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
            page.mouse().up();
            page.waitForCondition(() -> page.locator(".framing-stage.movable .framing-box").boundingBox().x <= stage.x + 1);
            Chromium.screenshot(page, "wizard-framing-fr");
            scopes.filter(new Locator.FilterOptions().setHasText("photo-3.jpg")).click();
            page.locator(".motion-card[data-motion=PAN_UP]").click();
            assertThat(scopes.filter(new Locator.FilterOptions().setHasText("photo-2.jpg")))
                    .containsText("Panoramique vers la gauche · à part");
            assertThat(page.locator(".wizard-summary"))
                    .hasText("3 vidéos · Mouvement de caméra selon la photo · Vertical HD 1080 × 1920 · 5 s");
            Chromium.screenshot(page, "wizard-each-photo-fr");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Générer")).click();

            page.waitForURL("**/projects/" + project);
            var cards = page.locator(".generation-card");
            assertThat(cards).hasCount(3);
            for (var made : List.of(List.of("photo-1.jpg", "Zoom avant"), List.of("photo-2.jpg", "Panoramique vers la gauche"),
                    List.of("photo-3.jpg", "Panoramique vers le haut"))) {
                assertThat(cards.filter(new Locator.FilterOptions().setHas(page.locator(".card-source",
                        new Page.LocatorOptions().setHasText(made.get(0)))))).containsText(made.get(1));
            }
            var framings = jdbc.sql("SELECT p.file_name, g.options FROM generation g JOIN media_photo p ON p.id = g.photo_id"
                    + " WHERE g.project_id = ?").param(project.value()).query((row, n) -> row.getString(1) + " " + row.getString(2)).list();
            assertThat(framings).hasSize(3).allSatisfy(row -> assertThat(row).contains("\"format\":\"VERTICAL_HD\""))
                    .anySatisfy(row -> assertThat(row).startsWith("photo-2.jpg").containsPattern("\"framing\":\"0\\.1\\d*,0\\.5"))
                    .anySatisfy(row -> assertThat(row).startsWith("photo-1.jpg").contains("\"framing\":\"0.5,0.5\""));
        } catch (RuntimeException | AssertionError failure) {
            Chromium.screenshot(page, "each-photo-journey-failure");
            throw failure;
        } finally {
            page.context().close();
        }
    }

    @Test
    void aMemberOnAnotherPageHearsThatTheirVideoIsReadyAndGoesToIt() {
        accounts.ensureTeam();
        var team = accounts.otherTeam();
        for (var language : Language.values()) {
            var french = language == Language.FRENCH;
            var member = accounts.memberOf(team, Role.MEMBER, language, "Claire Martin");
            var project = projects.project(team, "Mas des Lavandes", 1);
            var generation = generations.cameraMotion(team, project, projects.photosOf(project).getFirst(), member.memberId(),
                    "PAN_LEFT", "RUNNING", 90, null);
            var page = french ? chromium.newPage("fr-FR", 1440, 900) : chromium.newPage("en-GB", 390, 844);
            try {
                Chromium.signIn(page, port, member.getUsername());
                // the header's listener is in place
                page.locator(".generation-notices").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));

                lifecycle.succeeded(generation.value(), done -> List.of());

                var notice = page.locator("vaadin-notification-card .generation-notice");
                assertThat(notice).hasText(french
                        ? "Votre vidéo « Panoramique vers la gauche » pour Mas des Lavandes est prête.Voir le projet"
                        : "Your “Pan left” video for Mas des Lavandes is ready.View the project");
                Chromium.screenshot(page, "generation-notice-" + (french ? "fr" : "en-phone"));
                notice.getByText(french ? "Voir le projet" : "View the project").click();
                page.waitForURL("**/projects/" + project);
                assertThat(page.locator(".generation-card .state-chip")).hasText(french ? "Prête" : "Ready");
                assertThat(notice).hasCount(0);
            } catch (RuntimeException | AssertionError failure) {
                Chromium.screenshot(page, "generation-notice-failure");
                throw failure;
            } finally {
                page.context().close();
            }
        }
    }
}
