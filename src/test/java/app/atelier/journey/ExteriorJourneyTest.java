package app.atelier.journey;

import app.atelier.account.Role;
import app.atelier.media.MaskConvention;
import app.atelier.media.MediaLibrary;
import app.atelier.media.TestPhotos;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.Language;
import app.atelier.shared.ProjectId;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member paints the zone of a pool on a garden photo in the mask editor (brush strokes, a polygon,
 * undo, redo, invert, zoom, shortcuts), each step checked on the mask the server makes of it; orders
 * the exterior through the sandbox, compares before and after, then asks a variation with the zone
 * edited and sees it arrive under the first one.
 */
@BrowserTest
@TestPropertySource(properties = "atelier.sandbox.duration=2s")
class ExteriorJourneyTest extends Journey {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;

    @Autowired
    MediaLibrary media;

    @Autowired
    JdbcClient jdbc;

    @Test
    void onATouchScreenTheEditorSpeaksOfFingers() {
        accounts.ensureTeam();
        var team = accounts.otherTeam();
        var member = accounts.memberOf(team, Role.MEMBER, Language.ENGLISH, "Lucy Garner");
        var project = projects.project(team, "Mas des Cigales", 0);
        projects.addPhoto(team, project, "garden.jpg", TestPhotos.jpeg(WIDTH, HEIGHT));
        var page = chromium.newPhone("en-GB");
        try {
            Chromium.signIn(page, port, member.getUsername());
            page.navigate("http://localhost:" + port + "/generations/new?project=" + project);
            page.locator(".choice-card[data-kind=EXTERIOR]").click();
            var status = page.locator("atelier-mask-editor .status");
            assertThat(status).containsText("Two fingers: zoom and move the photo");
            assertThat(status).containsText("Paint the zone with your finger.");
            assertThat(status).not().containsText("Wheel");
            page.locator("atelier-mask-editor button[data-tool=polygon]").click();
            assertThat(status).containsText("Tap to place corners; tap the first one to close");
            Chromium.screenshot(page, "mask-editor-touch-en-phone");
        } catch (RuntimeException | AssertionError failure) {
            Chromium.screenshot(page, "mask-editor-touch-failure");
            throw failure;
        } finally {
            page.context().close();
        }
    }

    @Test
    void theZoneIsPaintedCheckedOnTheServerAndTheExteriorAndItsVariationArriveLive() {
        accounts.ensureTeam();
        var team = accounts.otherTeam();
        var member = accounts.memberOf(team, Role.MEMBER, Language.FRENCH, "Lucie Garnier");
        credits.grant(team, member.memberId(), CreditCurrency.PHOTO, 10);
        var project = projects.project(team, "Mas des Cigales", 0);
        projects.addPhoto(team, project, "jardin.jpg", TestPhotos.jpeg(WIDTH, HEIGHT));
        var page = chromium.newPage("fr-FR", 1440, 900);
        try {
            Chromium.signIn(page, port, member.getUsername());
            page.navigate("http://localhost:" + port + "/generations/new?project=" + project);
            page.locator(".choice-card[data-kind=EXTERIOR]").click();
            assertThat(page.locator(".choice-card[data-provider=iacrea-exterior]")).hasAttribute("aria-checked", "true");
            var editor = page.locator("atelier-mask-editor");
            page.waitForFunction("editor => editor.photo && editor.photo.complete", editor.elementHandle());
            assertThat(page.locator(".wizard-cost")).containsText("Peignez d’abord la zone à aménager sur la photo.");
            assertThat(page.locator(".wizard-cost")).containsText("Aménagement : Ce réglage est obligatoire.");
            assertThat(page.locator(".wizard-generate")).isDisabled();
            Chromium.screenshot(page, "mask-editor-empty-fr");

            editor.locator("input[name=size]").fill("40");
            var status = page.locator(".mask-status");
            var before = coverage(status);
            stroke(page, editor, 200, 200, 600, 200);
            before = awaitChange(status, before);
            stroke(page, editor, 1200, 300, 1200, 800);
            before = awaitChange(status, before);
            page.keyboard().press("p");
            assertThat(editor.locator("button[data-tool=polygon]")).hasAttribute("aria-pressed", "true");
            for (int[] corner : new int[][]{{300, 600}, {700, 600}, {700, 900}, {300, 900}}) {
                click(page, editor, corner[0], corner[1]);
            }
            Chromium.screenshot(page, "mask-editor-polygon-open-fr");
            page.keyboard().press("Enter");
            before = awaitChange(status, before);
            Chromium.screenshot(page, "mask-editor-painted-fr");

            var mask = download(page, editor);
            assertThat(mask.getWidth()).isEqualTo(WIDTH);
            assertThat(mask.getHeight()).isEqualTo(HEIGHT);
            assertZone(mask, true, new int[][]{{200, 200}, {400, 200}, {600, 200}, {400, 215}, {1200, 300}, {1200, 550},
                    {1215, 700}, {310, 610}, {500, 750}, {690, 890}});
            assertZone(mask, false, new int[][]{{400, 240}, {1000, 100}, {100, 950}, {1450, 150}, {1250, 550},
                    {720, 750}, {500, 580}, {800, 950}});

            page.keyboard().press("Control+z");
            before = awaitChange(status, before);
            mask = download(page, editor);
            assertZone(mask, false, new int[][]{{500, 750}, {310, 610}});
            assertZone(mask, true, new int[][]{{400, 200}, {1200, 550}});
            page.keyboard().press("Control+Shift+z");
            before = awaitChange(status, before);
            assertZone(download(page, editor), true, new int[][]{{500, 750}});

            editor.locator("button[data-action=invert]").click();
            before = awaitChange(status, before);
            mask = download(page, editor);
            assertZone(mask, false, new int[][]{{400, 200}, {1200, 550}, {500, 750}});
            assertZone(mask, true, new int[][]{{1000, 100}, {100, 950}});
            Chromium.screenshot(page, "mask-editor-inverted-fr");
            page.keyboard().press("i");
            before = awaitChange(status, before);
            assertZone(download(page, editor), true, new int[][]{{400, 200}});

            editor.locator("button[data-action=zoom-in]").click();
            editor.locator("button[data-action=zoom-in]").click();
            page.keyboard().press("b");
            click(page, editor, 900, 500);
            before = awaitChange(status, before);
            mask = download(page, editor);
            assertZone(mask, true, new int[][]{{900, 500}, {912, 500}});
            assertZone(mask, false, new int[][]{{900, 540}, {950, 500}});
            Chromium.screenshot(page, "mask-editor-zoomed-fr");
            page.keyboard().press("0");

            // a finger paints; two fingers pinch to zoom and paint nothing; a pen draws thinner when pressed lightly
            var finger = onScreen(editor, 1000, 200);
            var fingerEnd = onScreen(editor, 1000, 320);
            pointer(editor, "pointerdown", 11, "touch", finger[0], finger[1], 0.5);
            for (int step = 1; step <= 6; step++) {
                pointer(editor, "pointermove", 11, "touch", finger[0], finger[1] + (fingerEnd[1] - finger[1]) * step / 6, 0.5);
            }
            pointer(editor, "pointerup", 11, "touch", fingerEnd[0], fingerEnd[1], 0);
            before = awaitChange(status, before);
            assertZone(download(page, editor), true, new int[][]{{1000, 260}});
            double zoomBefore = ((Number) editor.evaluate("editor => editor.zoom")).doubleValue();
            int operations = ((Number) editor.evaluate("editor => editor.operations.length")).intValue();
            var a = onScreen(editor, 700, 500);
            var b = onScreen(editor, 900, 500);
            pointer(editor, "pointerdown", 21, "touch", a[0], a[1], 0.5);
            pointer(editor, "pointerdown", 22, "touch", b[0], b[1], 0.5);
            for (int step = 1; step <= 5; step++) {
                pointer(editor, "pointermove", 22, "touch", b[0] + 20 * step, b[1], 0.5);
            }
            pointer(editor, "pointerup", 22, "touch", b[0] + 100, b[1], 0);
            pointer(editor, "pointerup", 21, "touch", a[0], a[1], 0);
            assertThat(((Number) editor.evaluate("editor => editor.zoom")).doubleValue()).as("pinched").isGreaterThan(zoomBefore * 1.2);
            assertThat(((Number) editor.evaluate("editor => editor.operations.length")).intValue()).as("nothing painted")
                    .isEqualTo(operations);
            page.keyboard().press("0");
            var pen = onScreen(editor, 1400, 600);
            pointer(editor, "pointerdown", 31, "pen", pen[0], pen[1], 0.1);
            pointer(editor, "pointermove", 31, "pen", pen[0], pen[1] + 40, 0.1);
            pointer(editor, "pointerup", 31, "pen", pen[0], pen[1] + 40, 0);
            @SuppressWarnings("unchecked")
            var penStroke = (List<Number>) editor.evaluate("editor => editor.operations[editor.operations.length - 1].pts");
            assertThat(penStroke.get(2).intValue()).as("a light touch of the pen").isLessThan(20);
            before = awaitChange(status, before);

            var size = editor.locator("input[name=size]");
            page.keyboard().type("[");
            page.waitForFunction("input => Number(input.value) < 40", size.elementHandle());
            page.keyboard().type("+");
            page.keyboard().type("+");
            page.waitForFunction("input => Number(input.value) > 40", size.elementHandle());
            page.keyboard().press("e");
            assertThat(editor.locator("button[data-tool=eraser]")).hasAttribute("aria-pressed", "true");
            page.keyboard().type("?");
            assertThat(editor.locator(".help")).isVisible();
            Chromium.screenshot(page, "mask-editor-help-fr");
            page.keyboard().press("Escape");
            assertThat(editor.locator(".help")).isHidden();
            editor.locator("button[data-action=help]").focus();
            page.keyboard().press("Space");
            assertThat(editor.locator(".help")).isVisible(); // Space pressed the focused button
            page.keyboard().press("Escape");
            assertThat(editor.locator(".help")).isHidden();

            page.getByText("Piscine", new Page.GetByTextOptions().setExact(true)).click();
            assertThat(page.locator(".wizard-cost")).hasText("Cette génération utilisera 1 crédit photo (il vous en restera 9).");
            var exported = download(page, editor);
            Chromium.screenshot(page, "wizard-exterior-fr");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Générer")).click();

            page.waitForURL("**/projects/" + project);
            var stored = storedMasks(project);
            assertThat(stored).hasSize(1);
            var kept = media.mask(team, stored.getFirst()).orElseThrow();
            assertThat(kept.getWidth()).isEqualTo(WIDTH);
            assertThat(kept.getHeight()).isEqualTo(HEIGHT);
            for (int[] point : new int[][]{{400, 200}, {500, 750}, {900, 500}, {1000, 100}, {100, 950}}) {
                assertThat(kept.getRaster().getSample(point[0], point[1], 0))
                        .as("stored mask at %s", List.of(point[0], point[1]))
                        .isEqualTo(exported.getRaster().getSample(point[0], point[1], 0));
            }

            var first = page.locator(".generation-card").first();
            assertThat(first.locator(".state-chip")).hasText("Prête", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
            assertThat(first.locator(".media-card-title")).hasText("Piscine");
            var compare = first.locator("atelier-compare");
            assertThat(compare).isVisible();
            compare.locator(".knob").focus();
            page.keyboard().press("ArrowLeft");
            assertThat(compare.locator(".knob")).hasAttribute("aria-valuenow", "45");
            Chromium.screenshot(page, "exterior-ready-fr");

            first.locator(".vary-generation").click();
            assertThat(page.getByRole(AriaRole.DIALOG)).containsText("Nouvelle variation");
            page.getByText("Terrain de pétanque", new Page.GetByTextOptions().setExact(true)).click();
            page.getByText("Modifier la zone", new Page.GetByTextOptions().setExact(true)).click();
            var second = page.locator(".continue-body atelier-mask-editor");
            page.waitForFunction("editor => editor.photo && editor.photo.complete && editor.operations.length === 1",
                    second.elementHandle());
            stroke(page, second, 1400, 100, 1400, 400);
            assertThat(page.locator(".continue-body .wizard-cost"))
                    .hasText("Cette génération utilisera 1 crédit photo (il vous en restera 8).");
            Chromium.screenshot(page, "variation-dialog-fr");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Générer la variation")).click();

            var variation = page.locator(".generation-card.continuation");
            assertThat(variation).hasCount(1);
            assertThat(variation.locator(".continuation-label")).containsText("Variation");
            assertThat(variation.locator(".state-chip")).hasText("Prête", new LocatorAssertions.HasTextOptions().setTimeout(60_000));
            assertThat(variation.locator(".media-card-title")).hasText("Terrain de pétanque");
            assertThat(page.locator(".generation-card").nth(1)).hasClass(Pattern.compile(".*continuation.*"));
            var edited = storedMasks(project);
            assertThat(edited).hasSize(2);
            var variationMask = media.mask(team, edited.getLast()).orElseThrow();
            assertThat(variationMask.getRaster().getSample(1400, 250, 0)).as("the edited zone").isEqualTo(MaskConvention.ZONE);
            assertThat(variationMask.getRaster().getSample(500, 750, 0)).as("the zone it started from").isEqualTo(MaskConvention.ZONE);
            Chromium.screenshot(page, "variation-ready-fr");
        } catch (RuntimeException | AssertionError failure) {
            Chromium.screenshot(page, "exterior-journey-failure");
            throw failure;
        } finally {
            page.context().close();
        }
    }

    /** The masks the project's generations were made with, oldest first. */
    private List<UUID> storedMasks(ProjectId project) {
        return jdbc.sql("SELECT options FROM generation WHERE project_id = ? ORDER BY created_at").param(project.value())
                .query(String.class).list().stream()
                .map(options -> options.replaceAll(".*\"mask\":\"([0-9a-f-]+)\".*", "$1"))
                .map(UUID::fromString)
                .toList();
    }

    /** Where a photo pixel is on the screen, from the editor's own zoom and pan (the whole stage scrolled into view). */
    private static double[] onScreen(Locator editor, int x, int y) {
        editor.evaluate("editor => { const stage = editor.shadowRoot.querySelector('.stage'); const box = stage"
                + ".getBoundingClientRect(); if (box.top < 0 || box.bottom > innerHeight) stage.scrollIntoView({ block: 'end' }); }");
        @SuppressWarnings("unchecked")
        var at = (Map<String, Number>) editor.evaluate("(editor, [x, y]) => { const box = editor.shadowRoot"
                + ".querySelector('canvas').getBoundingClientRect(); return { x: box.left + editor.panX + x * editor.zoom,"
                + " y: box.top + editor.panY + y * editor.zoom }; }", List.of(x, y));
        return new double[]{at.get("x").doubleValue(), at.get("y").doubleValue()};
    }

    private static void stroke(Page page, Locator editor, int x0, int y0, int x1, int y1) {
        var from = onScreen(editor, x0, y0);
        var to = onScreen(editor, x1, y1);
        page.mouse().move(from[0], from[1]);
        page.mouse().down();
        page.mouse().move(to[0], to[1], new Mouse.MoveOptions().setSteps(12));
        page.mouse().up();
    }

    /** A pointer event of a finger or a pen, which Playwright cannot make, sent to the editor's canvas. */
    private static void pointer(Locator editor, String type, int id, String kind, double x, double y, double pressure) {
        editor.evaluate("(editor, [type, id, kind, x, y, pressure]) => editor.shadowRoot.querySelector('canvas')"
                + ".dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, pointerId: id, pointerType: kind,"
                + " pressure, button: 0, buttons: type === 'pointerup' ? 0 : 1, isPrimary: id % 2 === 1,"
                + " bubbles: true, composed: true }))", List.of(type, id, kind, x, y, pressure));
    }

    private static void click(Page page, Locator editor, int x, int y) {
        var at = onScreen(editor, x, y);
        page.mouse().click(at[0], at[1]);
    }

    private static String coverage(Locator status) {
        return String.valueOf(status.getAttribute("data-coverage"));
    }

    /** Waits until the server has taken the change in (it measures how much the zone covers). */
    private static String awaitChange(Locator status, String before) {
        assertThat(status).not().hasAttribute("data-coverage", before);
        return coverage(status);
    }

    /** The mask as the editor's "download" gives it: drawn by the server at the photo's size. */
    private static BufferedImage download(Page page, Locator editor) {
        var href = editor.locator("a[data-action=download]").getAttribute("href");
        // Vaadin's links are relative to the application's root, not to the view's path
        var response = page.context().request().get(URI.create(page.url()).resolve("/").resolve(href).toString());
        assertThat(response.ok()).isTrue();
        try {
            var image = ImageIO.read(new ByteArrayInputStream(response.body()));
            assertThat(image.getType()).as("a greyscale mask").isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertZone(BufferedImage mask, boolean zone, int[][] points) {
        for (var point : points) {
            assertThat(mask.getRaster().getSample(point[0], point[1], 0))
                    .as("pixel %d,%d", point[0], point[1])
                    .isEqualTo(zone ? MaskConvention.ZONE : MaskConvention.KEEP);
        }
    }
}
