package app.atelier.api;

import app.atelier.account.Role;
import app.atelier.shared.Language;
import app.atelier.TestAccounts;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a Prometheus server scraping {@code /actuator/prometheus} reads after a member's generation
 * ran through the sandbox: generations started and ended, the vendor calls, the credits, the lanes,
 * the webhooks. Only the scrape token or an admin reads them.
 */
@ApiTest
class MetricsTest extends ScriptTest {

    @Override
    Language language() {
        return Language.ENGLISH;
    }

    @Override
    int videoCredits() {
        return 5;
    }

    @Override
    int photoCredits() {
        return 0;
    }

    @Test
    void aSandboxGenerationShowsInTheScrape() {
        var asked = script.post("/api/v1/generations", key, """
                {"provider": "evolink-wan", "imageUrls": ["%s"], "projectName": "Villa des Pins",
                 "options": {"prompt": "Travelling lent vers la piscine", "duration": "5", "quality": "480p"}}"""
                .formatted(script.url("/image.jpg")));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
        var id = script.read(asked).get("generationIds").get(0).asString();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(script.read(script.get("/api/v1/generations/" + id, key)).get("state").asString()).isEqualTo("SUCCEEDED"));
        var forged = script.send(HttpRequest.newBuilder(URI.create(script.base() + "/webhooks/evolink-wan/" + "x".repeat(43)))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(forged.statusCode()).isEqualTo(404);

        var scrape = scrape("Bearer " + ApiTest.SCRAPE_TOKEN);

        assertThat(scrape.statusCode()).isEqualTo(200);
        var metrics = scrape.body();
        assertThat(value(metrics, "atelier_generations_started_total", "kind=\"AI_VIDEO\"", "provider=\"evolink-wan\"")).isGreaterThanOrEqualTo(1);
        assertThat(value(metrics, "atelier_generations_ended_total", "provider=\"evolink-wan\"", "state=\"SUCCEEDED\"")).isGreaterThanOrEqualTo(1);
        assertThat(value(metrics, "atelier_generations_duration_seconds_count", "provider=\"evolink-wan\"", "state=\"SUCCEEDED\"")).isGreaterThanOrEqualTo(1);
        assertThat(value(metrics, "atelier_vendor_requests_seconds_count", "vendor=\"Evolink\"", "endpoint=\"/v1/videos/generations\"", "outcome=\"ok\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(value(metrics, "atelier_vendor_requests_seconds_count", "vendor=\"Evolink\"", "endpoint=\"/v1/tasks/{id}\""))
                .as("each task polled shares one series").isGreaterThanOrEqualTo(1);
        assertThat(value(metrics, "atelier_credits_total", "operation=\"reserve\"", "currency=\"VIDEO\"")).isGreaterThanOrEqualTo(1);
        assertThat(value(metrics, "atelier_credits_total", "operation=\"settle\"", "currency=\"VIDEO\"")).isGreaterThanOrEqualTo(1);
        assertThat(value(metrics, "atelier_webhooks_received_total", "provider=\"evolink-wan\"", "outcome=\"unknown\"")).isGreaterThanOrEqualTo(1);
        assertThat(value(metrics, "atelier_render_seconds_per_video_second_count")).as("the sandbox renders its video here")
                .isGreaterThanOrEqualTo(1);
        assertThat(metrics).contains("atelier_generations_waiting{lane=\"evolink-wan\"}", "atelier_generations_running{lane=\"local\"}",
                "atelier_ui_sessions", "atelier_ui_windows");
    }

    @Test
    void onlyTheScrapeTokenOrAnAdminReadsTheMetrics() {
        var admin = accounts.memberOf(TestAccounts.TEAM_ID, Role.ADMIN, Language.FRENCH, "Claire Martin");

        assertThat(scrape(null).statusCode()).isEqualTo(401);
        assertThat(scrape("Bearer not-the-" + ApiTest.SCRAPE_TOKEN).statusCode()).isIn(401, 403);
        assertThat(scrape(basic(member.getUsername())).statusCode()).isEqualTo(403);
        assertThat(scrape(basic(admin.getUsername())).statusCode()).isEqualTo(200);
        assertThat(scrape("Bearer " + ApiTest.SCRAPE_TOKEN).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> scrape(String authorization) {
        var request = HttpRequest.newBuilder(URI.create(script.base() + "/actuator/prometheus")).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return script.send(request.build());
    }

    private static String basic(String email) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** The sum of a metric's samples whose labels include all of {@code labels}. */
    private static double value(String scrape, String name, String... labels) {
        var sample = Pattern.compile("^" + Pattern.quote(name) + "(\\{.*})? (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        double sum = 0;
        boolean found = false;
        while (sample.find()) {
            var labelled = sample.group(1) == null ? "" : sample.group(1);
            boolean all = true;
            for (var label : labels) {
                all &= labelled.contains(label);
            }
            if (all) {
                sum += Double.parseDouble(sample.group(2));
                found = true;
            }
        }
        assertThat(found).as("a sample of %s with %s in:%n%s", name, String.join(", ", labels), scrape).isTrue();
        return sum;
    }
}
