package app.atelier.journey;

import app.atelier.account.Role;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.Language;
import app.atelier.shared.ProjectId;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;


import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member with no vendor key orders a Wan 2.5 video and a Luma video from the wizard (prompt,
 * length, quality, frame), watches them progress live through the sandbox, and plays what came back.
 * The sandbox takes a few seconds here, so that progress can be seen between its start and its end.
 */
@BrowserTest
@TestPropertySource(properties = "atelier.sandbox.duration=8s")
class AiVideoJourneyTest extends Journey {

    @Test
    void wanAndLumaVideosAreOrderedFromTheWizardAndPlayedWhenTheSandboxHasMadeThem() {
        accounts.ensureTeam();
        var team = accounts.otherTeam();
        var member = accounts.memberOf(team, Role.MEMBER, Language.FRENCH, "Claire Martin");
        credits.grant(team, member.memberId(), CreditCurrency.VIDEO, 20);
        var project = projects.project(team, "Bastide du Lac", 2);
        var page = chromium.newPage("fr-FR", 1440, 900);
        try {
            Chromium.signIn(page, port, member.getUsername());

            openWizard(page, project);
            page.locator(".choice-card[data-kind=AI_VIDEO]").click();
            assertThat(page.locator(".choice-card[data-provider=evolink-wan]")).hasAttribute("aria-checked", "true");
            assertThat(page.locator(".choice-card[data-provider=evolink-wan] .sandbox-badge")).hasText("Bac à sable");
            assertThat(page.locator(".wizard-cost")).containsText("Description : Ce réglage est obligatoire.");
            page.locator("vaadin-text-area[data-option=prompt] textarea").fill("Lente avancée vers la terrasse au coucher du soleil");
            page.getByText("10 s", new Page.GetByTextOptions().setExact(true)).click();
            page.getByText("1080p", new Page.GetByTextOptions().setExact(true)).click();
            assertThat(page.locator(".wizard-summary")).hasText("1 vidéo · 10 s · 1080p");
            assertThat(page.locator(".wizard-cost")).hasText("Cette génération utilisera 6 crédits vidéo (il vous en restera 14).");
            Chromium.screenshot(page, "wizard-wan-fr");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Générer")).click();

            page.waitForURL("**/projects/" + project);
            var wan = page.locator(".generation-card").first();
            awaitLiveProgress(page, wan, "encore environ");
            Chromium.screenshot(page, "wan-running-fr");
            assertThat(wan.locator(".state-chip")).hasText("Prête", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
            assertThat(wan.locator(".sandbox-chip")).hasText("Bac à sable");
            assertThat(wan).containsText("« Lente avancée vers la terrasse au coucher du soleil »");
            play(wan, 10, page);
            assertThat(page.locator(".credit-balances")).containsText("14");

            openWizard(page, project);
            page.locator(".choice-card[data-kind=AI_VIDEO]").click();
            page.locator(".choice-card[data-provider=luma]").click();
            assertThat(page.locator(".choice-card[data-provider=luma]")).hasAttribute("aria-checked", "true");
            page.locator("vaadin-text-area[data-option=prompt] textarea").fill("La caméra glisse le long de la piscine, lumière du matin");
            page.getByText("Vertical 9:16", new Page.GetByTextOptions().setExact(true)).click();
            assertThat(page.locator(".wizard-summary")).hasText("1 vidéo · Vertical 9:16");
            assertThat(page.locator(".wizard-engine")).containsText("Réalisée par le bac à sable de Luma (AceData)");
            Chromium.screenshot(page, "wizard-luma-fr");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Générer")).click();

            page.waitForURL("**/projects/" + project);
            var luma = page.locator(".generation-card").first();
            assertThat(luma).containsText("Vertical 9:16");
            assertThat(luma.locator(".generation-progress-label")).hasText("En cours…",
                    new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            assertThat(luma.locator(".state-chip")).hasText("Prête", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
            var size = play(luma, 5, page);
            assertThat(size[0]).as("a vertical frame").isLessThan(size[1]);
            Chromium.screenshot(page, "ai-videos-ready-fr");
        } catch (RuntimeException | AssertionError failure) {
            Chromium.screenshot(page, "ai-video-journey-failure");
            throw failure;
        } finally {
            page.context().close();
        }
    }

    private void openWizard(Page page, ProjectId project) {
        page.navigate("http://localhost:" + port + "/projects/" + project);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouvelle génération")).click();
        page.locator(".photo-tile[aria-label='photo-2.jpg']").click();
        assertThat(page.locator(".photo-picker-bar")).containsText("1 photo choisie");
    }

    /**
     * The newest card's bar stands between start and end, then moves on, with no reload (the list is
     * redrawn when a state changes: the card is looked up again each time).
     */
    private static void awaitLiveProgress(Page page, Locator card, String label) {
        page.evaluate("() => window.stillTheSamePage = true");
        var newestBar = "() => document.querySelector('.generation-card vaadin-progress-bar')";
        page.waitForFunction("() => { const bar = (" + newestBar + ")();"
                + " return bar && !bar.indeterminate && bar.value > 0 && bar.value < 1; }", null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        assertThat(card.locator(".generation-progress-label")).containsText(label);
        double first = ((Number) page.evaluate("() => { const bar = (" + newestBar + ")(); return bar ? bar.value : 1; }"))
                .doubleValue();
        page.waitForFunction("before => { const bar = (" + newestBar + ")(); return !bar || bar.value > before; }", first,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        assertThat((Boolean) page.evaluate("() => window.stillTheSamePage === true")).as("no reload").isTrue();
    }

    /** Plays the card's video until it has run a while; its length and its frame's width and height. */
    private static int[] play(Locator card, int seconds, Page page) {
        card.locator(".play-button").click();
        var video = card.locator("video");
        page.waitForFunction("([video, seconds]) => video.readyState >= 2 && Math.abs(video.duration - seconds) < 0.2"
                + " && video.currentTime > 0.3", new Object[]{video.elementHandle(), seconds},
                new Page.WaitForFunctionOptions().setTimeout(20_000));
        double played = ((Number) video.evaluate("video => video.currentTime")).doubleValue();
        page.waitForFunction("([video, before]) => video.currentTime > before + 0.3", new Object[]{video.elementHandle(), played});
        return new int[]{((Number) video.evaluate("video => video.videoWidth")).intValue(),
                ((Number) video.evaluate("video => video.videoHeight")).intValue()};
    }
}
