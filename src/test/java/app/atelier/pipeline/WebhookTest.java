package app.atelier.pipeline;

import app.atelier.TestAccounts;
import app.atelier.TestCredits;
import app.atelier.TestProjects;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.generation.GenerationProbe;
import app.atelier.generation.GenerationRequest;
import app.atelier.generation.GenerationRequests;
import app.atelier.generation.GenerationState;
import app.atelier.generation.SubmitResult;
import app.atelier.journey.BrowserTest;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.ResultFile;
import app.atelier.provider.ResultType;
import app.atelier.provider.ScriptedProvider;
import app.atelier.provider.VendorStatus;
import app.atelier.render.TestVideos;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.GenerationId;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code POST /webhooks/{provider}/{token}} over real HTTP: a wrong token gets a bare 404; a right
 * one makes us ask the vendor at once; replays and concurrent duplicates change nothing more.
 */
@BrowserTest
@WithMember(role = Role.MEMBER)
class WebhookTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final MockWebServer results = new MockWebServer();

    @LocalServerPort
    int port;

    @Autowired
    GenerationRequests requests;

    @Autowired
    ScriptedProvider vendor;

    @Autowired
    TestProjects testProjects;

    @Autowired
    TestCredits testCredits;

    @Autowired
    CurrentMember currentMember;

    @Autowired
    JdbcClient jdbc;

    GenerationProbe probe;
    GenerationId generation;
    String vendorId;
    URI webhook;

    @BeforeEach
    void aGenerationAtTheVendor() throws Exception {
        vendor.reset();
        probe = new GenerationProbe(jdbc);
        probe.endAll();
        testCredits.grant(TestAccounts.TEAM_ID, currentMember.require().actorId(), CreditCurrency.VIDEO, 5);
        var project = testProjects.project(TestAccounts.TEAM_ID, "Villa Les Oliviers", 1);
        var submitted = (SubmitResult.Accepted) requests.submit(new GenerationRequest(project,
                testProjects.photosOf(project), ScriptedProvider.ID, GenerationKind.AI_VIDEO, Map.of("prompt", "Vue du jardin")));
        generation = submitted.generationIds().getFirst();
        probe.awaitState(generation, GenerationState.RUNNING);
        vendorId = probe.vendorId(generation);
        webhook = vendor.submitted().getFirst().callbackUrl();
        // this vendor paces its polls slowly: only a webhook makes us ask sooner
        jdbc.sql("UPDATE generation SET next_poll_at = ? WHERE id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).plusHours(1), generation.value()).update();
        byte[] video = TestVideos.portraitClip();
        results.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(200).body(new Buffer().write(video)).build();
            }
        });
        results.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        results.close();
        probe.endAll();
        vendor.reset();
    }

    @Test
    void theCallbackAddressIsOursWithASecretOfTheGenerations() {
        assertThat(webhook.toString()).matches("http://localhost:8080/webhooks/scripted/[A-Za-z0-9_-]{43}");
        assertThat(jdbc.sql("SELECT webhook_token_hash FROM generation WHERE id = ?").param(generation.value()).query(String.class).single())
                .as("only a hash of the secret is kept").hasSize(64).doesNotContain(token());
    }

    @Test
    void aWebhookMakesUsAskTheVendorAtOnce() throws Exception {
        vendor.report(vendorId, new VendorStatus.Running(70, null, "processing"));

        var response = post(path(), "{\"id\":\"" + vendorId + "\",\"status\":\"processing\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).as("no session for vendors").isEmpty();
        await().atMost(Duration.ofSeconds(5)).until(() -> probe.progress(generation) == 70);
    }

    @Test
    void theBodyIsNeverTakenForTheTruth() throws Exception {
        var response = post(path(), "{\"id\":\"" + vendorId + "\",\"status\":\"completed\",\"results\":[\"http://evil.test/x.mp4\"]}");

        assertThat(response.statusCode()).isEqualTo(200);
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2))
                .until(() -> probe.state(generation) == GenerationState.RUNNING);
        assertThat(probe.results(generation)).isZero();
    }

    @Test
    void aBodyAboutAnotherGenerationIsIgnored() throws Exception {
        vendor.report(vendorId, new VendorStatus.Running(70, null, "processing"));

        assertThat(post(path(), "{\"id\":\"task-someone-else\"}").statusCode()).isEqualTo(200);

        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2)).until(() -> probe.progress(generation) == 0);
    }

    @Test
    void aWrongTokenOrProviderGetsABare404() throws Exception {
        var unknown = post("/webhooks/scripted/" + "A".repeat(43), "{}");
        var malformed = post("/webhooks/scripted/not-a-token", "{}");
        var otherProvider = post("/webhooks/local/" + token(), "{}");
        var noProvider = post("/webhooks/evolink/" + token(), "{}");

        for (var response : List.of(unknown, malformed, otherProvider, noProvider)) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).isEmpty();
        }
    }

    @Test
    void onlyPostsAreTaken() throws Exception {
        var get = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        var elsewhere = post("/webhooks/scripted", "{}");

        assertThat(get.statusCode()).isIn(403, 405);
        assertThat(elsewhere.statusCode()).isEqualTo(403);
    }

    @Test
    void anOversizedBodyIsRefused() throws Exception {
        assertThat(post(path(), "x".repeat(300 * 1024)).statusCode()).isEqualTo(413);
    }

    @Test
    void replaysAfterTheEndChangeNothing() throws Exception {
        vendor.report(vendorId, succeeded());
        post(path(), "{\"id\":\"" + vendorId + "\"}");
        probe.awaitState(generation, GenerationState.SUCCEEDED);

        for (int i = 0; i < 3; i++) {
            assertThat(post(path(), "{\"id\":\"" + vendorId + "\"}").statusCode()).isEqualTo(200);
        }

        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2))
                .until(() -> probe.state(generation) == GenerationState.SUCCEEDED);
        assertThat(probe.results(generation)).isEqualTo(1);
        assertThat(probe.ledger(generation)).containsExactly("RESERVE", "SETTLE");
    }

    @Test
    void concurrentDuplicateDeliveriesHaveOneEffect() {
        vendor.report(vendorId, succeeded());
        var deliveries = new ArrayList<CompletableFuture<HttpResponse<String>>>();
        for (int i = 0; i < 20; i++) {
            deliveries.add(http.sendAsync(request(path(), "{\"id\":\"" + vendorId + "\"}"), HttpResponse.BodyHandlers.ofString()));
        }

        assertThat(deliveries).allSatisfy(delivery -> assertThat(delivery.join().statusCode()).isEqualTo(200));
        probe.awaitState(generation, GenerationState.SUCCEEDED);
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3)).until(() -> probe.results(generation) == 1);
        assertThat(probe.ledger(generation)).containsExactly("RESERVE", "SETTLE");
    }

    private VendorStatus.Succeeded succeeded() {
        return new VendorStatus.Succeeded(List.of(new ResultFile.RemoteFile(
                URI.create("http://127.0.0.1:" + results.getPort() + "/video.mp4"), ResultType.VIDEO)));
    }

    private String token() {
        var path = webhook.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private String path() {
        return webhook.getPath();
    }

    private HttpRequest request(String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(request(path, body), HttpResponse.BodyHandlers.ofString());
    }
}
