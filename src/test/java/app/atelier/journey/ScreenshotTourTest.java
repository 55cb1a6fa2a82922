package app.atelier.journey;

import app.atelier.TestAccounts;
import app.atelier.TestProjects;
import app.atelier.TestDatabase;
import app.atelier.account.Role;
import app.atelier.shared.Language;
import app.atelier.ui.Bundles;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.LinkedHashMap;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Every view in French and in English, on a laptop (1440x900) and a phone (390x844): each shows its
 * heading, and a screenshot of it lands in {@code target/screenshots/tour/} to be looked at.
 */
@BrowserTest
class ScreenshotTourTest {

    private static final Map<String, String> SCREENS = new LinkedHashMap<>();

    static {
        SCREENS.put("gallery", "gallery.title");
        SCREENS.put("project", "");
        SCREENS.put("generations/new", "generation.new");
        SCREENS.put("credits", "credits.title");
        SCREENS.put("team", "team.title");
        SCREENS.put("settings", "settings.title");
        SCREENS.put("no/such/place", "not-found.title");
    }

    private static final int[][] SIZES = {{1440, 900}, {390, 844}};

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    TestDatabase testDatabase;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestProjects projects;

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

        var project = projects.project(accounts.ensureTeam(), "Villa Les Oliviers", 3);
        projects.project(accounts.ensureTeam(), "Appartement Port Grimaud", 1);
        projects.project(accounts.ensureTeam(), "Mas des Lavandes", 0);
        for (var language : Language.values()) {
            var texts = Bundles.of(language);
            var admin = accounts.member(Role.ADMIN, language, "Claire Martin");
            for (var size : SIZES) {
                var page = chromium.newPage(language.code(), size[0], size[1]);
                var suffix = language.code() + "-" + size[0];
                try {
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
                            case "project" -> "projects/" + project;
                            default -> screen.getKey();
                        };
                        page.navigate(base() + "/" + path);
                        heading(page, screen.getKey().equals("project") ? "Villa Les Oliviers" : texts.getProperty(screen.getValue()));
                        if (screen.getKey().equals("project") || screen.getKey().equals("gallery")) {
                            page.waitForFunction("() => [...document.querySelectorAll('.media-card img')]"
                                    + ".every(img => img.complete && img.naturalWidth > 0)");
                        }
                        shoot(page, screen.getKey().replace('/', '-') + "-" + suffix);
                    }

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
                new Page.GetByRoleOptions().setName(text).setLevel(2).setExact(true))).first()).isVisible();
    }

    private static void shoot(Page page, String name) {
        Chromium.screenshot(page, "tour/" + name);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
