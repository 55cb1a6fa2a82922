package app.atelier.journey;

import app.atelier.TestAccounts;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ScreenshotAnimations;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A headless Chromium for journeys, open for the test class that registers it
 * ({@code @RegisterExtension static final Chromium chromium = new Chromium();}): the system's
 * ({@code /usr/bin/chromium}, or {@code -Dchromium.path}) when there is one, with Playwright's browser
 * download switched off; otherwise Playwright's own.
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private @Nullable Playwright playwright;
    private @Nullable Browser browser;
    private final List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        var systemChromium = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));
        var options = new BrowserType.LaunchOptions().setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run"));
        if (Files.isExecutable(systemChromium)) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            options.setExecutablePath(systemChromium);
        } else {
            playwright = Playwright.create();
        }
        browser = playwright.chromium().launch(options);
    }

    /** A new private window (its own cookies) with this browser language and screen size. */
    public Page newPage(String locale, int width, int height) {
        BrowserContext context = Objects.requireNonNull(browser, "Chromium is not open").newContext(new Browser.NewContextOptions()
                .setLocale(locale)
                .setViewportSize(width, height));
        var page = context.newPage();
        page.setDefaultTimeout(20_000);
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(page.url() + ": " + message.text());
            }
        });
        return page;
    }

    /** A new private window on a phone: a touch screen and no mouse, as the page's media queries see it. */
    public Page newPhone(String locale) {
        BrowserContext context = Objects.requireNonNull(browser, "Chromium is not open").newContext(new Browser.NewContextOptions()
                .setLocale(locale)
                .setViewportSize(390, 844)
                .setHasTouch(true)
                .setIsMobile(true));
        var page = context.newPage();
        page.setDefaultTimeout(20_000);
        return page;
    }

    /** Signs in on the sign-in page of the application at {@code port}, and waits for the gallery. */
    public static void signIn(Page page, int port, String email) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(TestAccounts.PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL("**/");
    }

    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // finish opening overlays and sliding drawers instead of catching them half-way
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true)
                .setAnimations(ScreenshotAnimations.DISABLED));
    }

    /**
     * What the pages' Content-Security-Policy refused so far (Chromium says it on the console), taken
     * away: a test that provokes a refusal on purpose takes it, and any other fails the test class.
     */
    public List<String> takeViolations() {
        var taken = List.copyOf(violations);
        violations.clear();
        return taken;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (!violations.isEmpty() && context != null) {
            throw new AssertionError("The Content-Security-Policy refused something a page needed:\n" + String.join("\n", violations));
        }
    }
}
