package app.atelier.journey;

import app.atelier.account.Role;
import app.atelier.shared.Language;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A member whose session this server does not know (it timed out, or the node that held it died and
 * the balancer sent them here) lands, at their next click or page, on the sign-in page saying their
 * session ended, signs in again and finds what they were opening, in their language.
 */
@BrowserTest
class SessionEndedJourneyTest extends Journey {

    @Test
    void aClickOrAPageWithASessionThisServerDoesNotKnowLeadsToSignInAgainToldWhy() {
        accounts.ensureTeam();
        var team = accounts.otherTeam();
        var member = accounts.memberOf(team, Role.MEMBER, Language.FRENCH, "Claire Martin");
        var project = projects.project(team, "Villa Les Oliviers", 1);
        var page = chromium.newPage("fr-FR", 1440, 900);
        try {
            Chromium.signIn(page, port, member.getUsername());
            page.navigate(base() + "/projects/" + project);
            assertThat(page.locator("h1")).hasText("Villa Les Oliviers");

            // the session cookie now names a session this server never had, as after a failover
            forgetSession(page);
            page.locator("vaadin-side-nav-item").first().click();
            page.waitForURL("**/login*");
            assertThat(page.locator(".auth-notice")).containsText("Votre session a pris fin");
            assertThat(page.locator("body")).not().containsText("Exception");
            Chromium.screenshot(page, "session-ended-fr");

            // a page opened by its address does the same, and signing in again leads to it
            forgetSession(page);
            page.navigate(base() + "/projects/" + project);
            page.waitForURL("**/login?expired");
            page.locator("input[name=username]").fill(member.getUsername());
            page.locator("input[name=password]").fill(app.atelier.TestAccounts.PASSWORD);
            page.locator("vaadin-login-form vaadin-button").first().click();
            // Spring Security marks the way back with ?continue
            page.waitForURL("**/projects/" + project + "*");
            assertThat(page.locator("h1")).hasText("Villa Les Oliviers");
        } catch (RuntimeException | AssertionError failure) {
            Chromium.screenshot(page, "session-ended-failure");
            throw failure;
        } finally {
            page.context().close();
        }
    }

    @Test
    void aPageAskedForWithAnUnknownSessionIsSentToTheSignInThatSaysSo() throws Exception {
        var client = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/gallery"))
                .header("Cookie", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF").header("Accept", "text/html").build();

        var answer = client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding());

        org.assertj.core.api.Assertions.assertThat(answer.statusCode()).isEqualTo(302);
        org.assertj.core.api.Assertions.assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(location ->
                org.assertj.core.api.Assertions.assertThat(location).endsWith("/login?expired"));

        var fresh = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/gallery")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        org.assertj.core.api.Assertions.assertThat(fresh.headers().firstValue("Location")).as("a first visit is just asked to sign in")
                .hasValueSatisfying(location -> org.assertj.core.api.Assertions.assertThat(location).endsWith("/login"));
    }

    private void forgetSession(com.microsoft.playwright.Page page) {
        var context = page.context();
        var others = context.cookies().stream().filter(cookie -> !cookie.name.equals("JSESSIONID")).toList();
        context.clearCookies();
        if (!others.isEmpty()) {
            context.addCookies(others);
        }
        context.addCookies(List.of(new Cookie("JSESSIONID", "0123456789ABCDEF0123456789ABCDEF").setDomain("localhost").setPath("/")));
    }
}
