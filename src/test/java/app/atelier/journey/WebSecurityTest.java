package app.atelier.journey;

import app.atelier.TestAccounts;
import app.atelier.account.Role;
import app.atelier.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a browser gets from the application's pages, and what another site cannot make it do. */
@BrowserTest
class WebSecurityTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    String email;

    @BeforeEach
    void aMember() {
        accounts.ensureTeam();
        email = accounts.member(Role.MEMBER, Language.FRENCH, "Mallory").getUsername();
    }

    @Test
    void anotherSiteCannotSignABrowserIn() throws Exception {
        for (var from : new Map.Entry[] {Map.entry("Origin", "https://evil.example"), Map.entry("Origin", "null"),
                Map.entry("Referer", "https://evil.example/trap.html"), Map.entry("Origin", "http://localhost.evil.example:" + port)}) {
            var response = signIn((String) from.getKey(), (String) from.getValue());

            assertThat(response.statusCode()).as("posted from %s", from).isEqualTo(403);
            assertThat(response.headers().firstValue("Location")).isEmpty();
            assertThat(signedIn(response)).as("posted from %s", from).isFalse();
        }
    }

    @Test
    void theSignInFormOfThisSiteStillSignsIn() throws Exception {
        var response = signIn("Origin", "http://localhost:" + port);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/");
        assertThat(signedIn(response)).isTrue();
    }

    @Test
    void everyKindOfPageSaysHowABrowserMayUseIt() throws Exception {
        var signIn = signIn("Origin", "http://localhost:" + port);
        var cookie = cookie(signIn);
        for (var page : new String[] {"/login", "/", "/share/" + "x".repeat(43), "/media/00000000-0000-0000-0000-000000000000"}) {
            var response = get(page, cookie, Map.of());
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(page).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "form-action 'self'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(page).hasValue("DENY");
            assertThat(headers.allValues("X-Frame-Options")).as(page).hasSize(1);
            assertThat(headers.firstValue("Cache-Control")).as(page).hasValue("no-store");
            assertThat(headers.firstValue("Referrer-Policy")).as(page)
                    .hasValue(page.startsWith("/share/") ? "no-referrer" : "strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Strict-Transport-Security")).as("not over http").isEmpty();
        }
        var overHttps = get("/login", "", Map.of("X-Forwarded-Proto", "https"));
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).contains("max-age="));
    }

    @Test
    void aRefusalOutsideTheInterfaceIsTheProductsPageAndMakesNoSession() throws Exception {
        var credentials = java.util.Base64.getEncoder().encodeToString((email + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
        var refused = get("/actuator/metrics", "", Map.of("Accept", "text/html", "Authorization", "Basic " + credentials));
        var anonymous = get("/actuator/metrics", "", Map.of("Accept", "text/html"));
        var closedShare = get("/share/" + "y".repeat(43), "", Map.of("Accept", "text/html"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(closedShare.statusCode()).isEqualTo(404);
        for (var page : java.util.List.of(refused, anonymous, closedShare)) {
            assertThat(page.body()).contains("Cette page n’est pas disponible", "This page is not available", "href=\"/\"")
                    .doesNotContain("Whitelabel", "Forbidden", "status=");
        }
        assertThat(anonymous.headers().firstValue("Set-Cookie")).as("no session for a refused scraper").isEmpty();
        assertThat(refused.headers().firstValue("Set-Cookie")).isEmpty();
    }

    private HttpResponse<String> signIn(String header, String value) throws Exception {
        var form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Whether the session the answer gave opens a page that needs a member (the actuator's, as a cheap one). */
    private boolean signedIn(HttpResponse<String> answer) throws Exception {
        var cookie = cookie(answer);
        if (cookie.isEmpty()) {
            return false;
        }
        var credits = get("/credits", cookie, Map.of());
        return credits.statusCode() == 200;
    }

    private HttpResponse<String> get(String path, String cookie, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<String> response) {
        return response.headers().firstValue("Set-Cookie").map(value -> value.split(";")[0]).orElse("");
    }
}
