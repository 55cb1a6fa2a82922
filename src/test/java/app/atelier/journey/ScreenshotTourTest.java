package app.atelier.journey;

import app.atelier.TestAccounts;
import app.atelier.TestDatabase;
import app.atelier.account.ApiKeys;
import app.atelier.account.Role;
import app.atelier.account.TeamAdmin;
import app.atelier.account.TeamLinkResult;
import app.atelier.media.MaskConvention;
import app.atelier.media.MediaLibrary;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.Language;
import app.atelier.ui.Bundles;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.awt.Color;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Every view in French and in English, on a laptop (1440x900) and a phone (390x844): each shows its
 * heading, and a screenshot of it lands in {@code target/screenshots/tour/} to be looked at.
 */
@BrowserTest
class ScreenshotTourTest extends Journey {

    private static final Map<String, String> SCREENS = new LinkedHashMap<>();

    static {
        SCREENS.put("gallery", "gallery.title");
        SCREENS.put("results", "gallery.title");
        SCREENS.put("project", "");
        SCREENS.put("shares", "shares.title");
        SCREENS.put("generations/new", "generation.new");
        SCREENS.put("film", "");
        SCREENS.put("credits", "credits.title");
        SCREENS.put("team", "team.title");
        SCREENS.put("api-keys", "api.title");
        SCREENS.put("settings", "settings.title");
        SCREENS.put("no/such/place", "not-found.title");
    }

    private static final int[][] SIZES = {{1440, 900}, {390, 844}};
    private static final Set<String> LONG = Set.of("project", "generations/new", "credits", "film");

    @Autowired
    TestDatabase testDatabase;

    @Autowired
    MediaLibrary media;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    TeamAdmin teamAdmin;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyViewInBothLanguagesOnALaptopAndAPhone() {
        testDatabase.reset();
        for (var language : Language.values()) {
            var texts = Bundles.of(language);
            for (var size : SIZES) {
                var page = chromium.newPage(language.code(), size[0], size[1]);
                var suffix = language.code() + "-" + size[0];
                try {
                    page.navigate(base() + "/setup");
                    heading(page, texts.getProperty("setup.title"));
                    shoot(page, "setup-" + suffix);
                } finally {
                    page.context().close();
                }
            }
        }

        var team = accounts.ensureTeam();
        var project = projects.project(team, "Villa Les Oliviers", 3);
        projects.project(team, "Appartement Port Grimaud", 1);
        projects.project(team, "Mas des Lavandes", 0);
        var photos = projects.photosOf(project);
        var colleague = accounts.member(Role.MEMBER, Language.FRENCH, "Marc Petit").memberId();
        generations.cameraMotion(team, project, photos.get(2), colleague, "CAMERA_PUSH_OUT", "FAILED", 0, "UNKNOWN");
        var simulated = generations.cameraMotion(team, project, photos.get(1), colleague, "PAN_RIGHT", "RUNNING", 42, null);
        generations.madeBySandbox(simulated, "iacrea-animation");
        generations.cameraMotion(team, project, photos.get(0), colleague, "ZOOM_IN", "SUCCEEDED", 100, null);
        var zone = MaskConvention.blank(1200, 800);
        var brush = zone.createGraphics();
        brush.setColor(Color.WHITE);
        brush.fillRect(200, 450, 700, 300);
        brush.dispose();
        var mask = media.storeMask(team, zone);
        var pool = generations.succeeded(team, project, photos.get(0), colleague, "iacrea-exterior", "EXTERIOR",
                "{\"exterior\":\"POOL\",\"mask\":\"" + mask + "\"}", "{}", 1200, 800);
        generations.madeBySandbox(pool, "iacrea-exterior");
        // asked through the REST API by a script: its card says so
        jdbc.sql("UPDATE generation SET via_api = TRUE WHERE id = ?").param(pool.value()).update();
        var petanque = generations.succeeded(team, project, photos.get(0), colleague, "iacrea-exterior", "EXTERIOR",
                "{\"exterior\":\"PETANQUE\",\"mask\":\"" + mask + "\"}", "{\"variation_number\":\"1\"}", 1200, 800);
        generations.madeBySandbox(petanque, "iacrea-exterior");
        generations.continuing(petanque, pool);
        for (var language : Language.values()) {
            var texts = Bundles.of(language);
            var admin = accounts.member(Role.ADMIN, language, "Claire Martin");
            credits.grant(team, admin.memberId(), CreditCurrency.PHOTO, 12);
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
            SecurityContextHolder.setContext(context);
            String joinPath;
            String resetPath;
            try {
                apiKeys.create(language == Language.FRENCH ? "Module CRM" : "Nightly script");
                joinPath = ((TeamLinkResult.Made) teamAdmin.invite("invitee-" + language.code() + "@agence-du-port.fr",
                        Role.MEMBER, Duration.ofDays(7), language)).link().path();
                resetPath = ((TeamLinkResult.Made) teamAdmin.resetLink(colleague)).link().path();
            } finally {
                SecurityContextHolder.clearContext();
            }
            for (var size : SIZES) {
                var page = chromium.newPage(language.code(), size[0], size[1]);
                var suffix = language.code() + "-" + size[0];
                try {
                    // the pages a link from an e-mail opens: joining the team, a new password
                    page.navigate(base() + "/" + joinPath);
                    heading(page, texts.getProperty("join.title"));
                    shoot(page, "join-" + suffix);
                    page.navigate(base() + "/" + resetPath);
                    heading(page, texts.getProperty("reset.title"));
                    shoot(page, "reset-" + suffix);

                    page.navigate(base() + "/login");
                    assertThat(page.locator("vaadin-login-form")).containsText(texts.getProperty("login.submit"));
                    shoot(page, "login-" + suffix);
                    page.locator("input[name=username]").fill(admin.getUsername());
                    page.locator("input[name=password]").fill(TestAccounts.PASSWORD);
                    page.locator("vaadin-login-form vaadin-button").first().click();
                    heading(page, texts.getProperty("gallery.title"));

                    for (var screen : SCREENS.entrySet()) {
                        var path = switch (screen.getKey()) {
                            case "gallery" -> "";
                            case "results" -> "?view=results";
                            case "project" -> "projects/" + project;
                            case "generations/new" -> "generations/new?project=" + project;
                            case "film" -> "projects/" + project + "/film";
                            default -> screen.getKey();
                        };
                        page.navigate(base() + "/" + path);
                        heading(page, screen.getKey().equals("project") ? "Villa Les Oliviers"
                                : screen.getKey().equals("film") ? texts.getProperty("film.title").replace("{0}", "Villa Les Oliviers")
                                : texts.getProperty(screen.getValue()));
                        if (screen.getKey().equals("credits") && size[0] < 600) {
                            // the ledger fits a phone's width: no sideways scroll
                            var ledger = page.locator("vaadin-grid.ledger");
                            ledger.scrollIntoViewIfNeeded();
                            page.waitForFunction("grid => grid.$ && grid.$.table.scrollWidth <= grid.$.table.clientWidth + 1",
                                    ledger.elementHandle());
                        }
                        if (screen.getKey().equals("project")) {
                            // what the sandbox made says so
                            assertThat(page.locator(".sandbox-chip").first()).hasText(texts.getProperty("generation.sandbox"));
                            // a download shown by its icon alone (beside Variation) shows its icon
                            var icon = page.locator(".generation-actions:has(.vary-generation) .download-link vaadin-icon").first();
                            org.assertj.core.api.Assertions.assertThat(icon.boundingBox().width).as("download icon width").isGreaterThan(10);
                        }
                        if (!screen.getKey().equals("no/such/place")) {
                            // what the screenshot shows has loaded (lazy images further down may not have)
                            page.waitForFunction("() => [...document.querySelectorAll('main img')]"
                                    + ".filter(img => img.getBoundingClientRect().top < window.innerHeight)"
                                    + ".every(img => img.complete && img.naturalWidth > 0)");
                        }
                        shoot(page, screen.getKey().replace('/', '-') + "-" + suffix);
                        if (LONG.contains(screen.getKey())) {
                            // the layout scrolls inside the page: a tall window shows the whole view
                            page.setViewportSize(size[0], 2400);
                            shoot(page, screen.getKey().replace('/', '-') + "-" + suffix + "-whole");
                            page.setViewportSize(size[0], size[1]);
                        }
                    }

                    // the wizard for an AI video: the services, their settings, a description
                    page.navigate(base() + "/generations/new?project=" + project);
                    page.locator(".choice-card[data-kind=AI_VIDEO]").click();
                    assertThat(page.locator(".choice-card[data-provider=evolink-wan]")).hasAttribute("aria-checked", "true");
                    page.locator("vaadin-text-area[data-option=prompt] textarea").fill(language == Language.FRENCH
                            ? "Lente avancée vers la terrasse au coucher du soleil" : "Slow push towards the terrace at sunset");
                    assertThat(page.locator(".wizard-engine")).containsText("Wan 2.5");
                    assertThat(page.locator(".wizard-cost")).not().containsText(texts.getProperty("option.error.required"));
                    page.setViewportSize(size[0], 3200);
                    shoot(page, "generations-new-ai-video-" + suffix + "-whole");
                    page.setViewportSize(size[0], size[1]);

                    // the wizard for an exterior: the zone painted in the mask editor, a type chosen
                    page.navigate(base() + "/generations/new?project=" + project);
                    page.locator(".choice-card[data-kind=EXTERIOR]").click();
                    var editor = page.locator("atelier-mask-editor");
                    page.waitForFunction("editor => editor.photo && editor.photo.complete", editor.elementHandle());
                    editor.locator(".stage").scrollIntoViewIfNeeded();
                    var stage = editor.locator("canvas").boundingBox();
                    page.mouse().move(stage.x + stage.width * 0.3, stage.y + stage.height * 0.6);
                    page.mouse().down();
                    page.mouse().move(stage.x + stage.width * 0.65, stage.y + stage.height * 0.62, new Mouse.MoveOptions().setSteps(10));
                    page.mouse().move(stage.x + stage.width * 0.6, stage.y + stage.height * 0.72, new Mouse.MoveOptions().setSteps(6));
                    page.mouse().move(stage.x + stage.width * 0.35, stage.y + stage.height * 0.7, new Mouse.MoveOptions().setSteps(10));
                    page.mouse().up();
                    assertThat(page.locator(".mask-status")).not().hasAttribute("data-coverage", "0.0");
                    page.getByText(texts.getProperty("option.exterior.POOL"), new Page.GetByTextOptions().setExact(true)).click();
                    assertThat(page.locator(".wizard-generate")).isEnabled();
                    shoot(page, "generations-new-exterior-" + suffix);
                    page.setViewportSize(size[0], 3400);
                    shoot(page, "generations-new-exterior-" + suffix + "-whole");
                    page.setViewportSize(size[0], size[1]);

                    // a variation of the exterior, the zone edited
                    page.navigate(base() + "/projects/" + project);
                    page.locator(".vary-generation").first().click();
                    page.getByText(texts.getProperty("continue.zone.edit"), new Page.GetByTextOptions().setExact(true)).click();
                    var second = page.locator(".continue-body atelier-mask-editor");
                    page.waitForFunction("editor => editor.photo && editor.photo.complete && editor.operations.length === 1",
                            second.elementHandle());
                    // the editor's keys work as soon as it shows: P takes the polygon
                    page.keyboard().press("p");
                    assertThat(second.locator("button[data-tool=polygon]")).hasAttribute("aria-pressed", "true");
                    shoot(page, "variation-dialog-" + suffix);
                    page.keyboard().press("Escape");

                    // the team's dialogs and tabs: an invitation, a member's credits, the vendors' keys, the alerts
                    page.navigate(base() + "/team");
                    heading(page, texts.getProperty("team.title"));
                    page.locator(".invite-member").click();
                    assertThat(page.locator(".invite-dialog vaadin-email-field")).isVisible();
                    shoot(page, "team-invite-" + suffix);
                    page.keyboard().press("Escape");
                    page.locator(".member-row", new Page.LocatorOptions().setHasText("Marc Petit")).locator(".member-actions").click();
                    page.locator("vaadin-menu-bar-item.member-credits-action").click();
                    assertThat(page.locator(".member-credits-dialog vaadin-integer-field").first()).isVisible();
                    shoot(page, "team-member-credits-" + suffix);
                    page.keyboard().press("Escape");
                    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(texts.getProperty("team.tab.vendors"))).click();
                    assertThat(page.locator(".vendor-keys")).isVisible();
                    shoot(page, "team-vendors-" + suffix);
                    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(texts.getProperty("team.tab.alerts"))).click();
                    assertThat(page.locator(".alerts-panel")).isVisible();
                    shoot(page, "team-alerts-" + suffix);

                    // the viewer: the exterior full size over its photo, then its variation, then the video after them
                    page.navigate(base() + "/projects/" + project + "/results/" + pool);
                    assertThat(page.locator(".viewer-stage atelier-compare")).isVisible();
                    assertThat(page.locator(".viewer-side")).containsText(texts.getProperty("review.approve"));
                    shoot(page, "viewer-exterior-" + suffix);
                    page.locator(".viewer-next").click();
                    assertThat(page.locator(".viewer-position")).hasText(Pattern.compile("2\\D+3"));
                    page.locator(".viewer-next").click();
                    assertThat(page.locator(".viewer-stage video")).isVisible();
                    shoot(page, "viewer-video-" + suffix);
                    page.keyboard().press("Escape");
                    heading(page, "Villa Les Oliviers");

                    page.navigate(base() + "/");
                    heading(page, texts.getProperty("gallery.title"));
                    if (size[0] < 600) {
                        page.locator("vaadin-drawer-toggle").click();
                        assertThat(page.locator("vaadin-side-nav-item").first()).isVisible();
                        shoot(page, "drawer-" + suffix);
                        page.keyboard().press("Escape");
                    }
                    page.locator(".member-menu vaadin-menu-bar-button").first().click();
                    assertThat(page.getByText(texts.getProperty("shell.sign-out"))).isVisible();
                    shoot(page, "member-menu-" + suffix);
                } finally {
                    page.context().close();
                }
            }
        }
    }

    private static void heading(Page page, String text) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text).setLevel(1)
                .setExact(true)).or(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName(text).setLevel(2).setExact(true))).first())
                // a busy CI machine (the whole suite in one JVM) once took longer than the default 5 s
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
    }

    private static void shoot(Page page, String name) {
        Chromium.screenshot(page, "tour/" + name);
    }
}
