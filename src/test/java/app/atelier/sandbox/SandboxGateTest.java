package app.atelier.sandbox;

import app.atelier.journey.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox answers this installation's own adapters only: a request without the key derived from
 * the installation secret is refused like a vendor refuses a wrong key (the constant every
 * installation once shared included), and a callback to an address on the private network is refused
 * before anything is stored. (The adapters driving it with the key: SandboxCallbacksTest, SandboxPollingTest.)
 */
@BrowserTest
class SandboxGateTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Sandbox sandbox;

    @Test
    void theKeyIsThisInstallationsOwnAndNothingElseOpensTheSandbox() throws Exception {
        assertThat(sandbox.key()).startsWith("sbx_").hasSizeGreaterThan(40).isNotEqualTo("sandbox-key");

        for (var key : new String[] {"sandbox-key", "sbx_" + "A".repeat(43), ""}) {
            assertThat(post("/sandbox/evolink/v1/videos/generations", "Authorization", "Bearer " + key, "{}").statusCode())
                    .as("Evolink with «%s»", key).isEqualTo(401);
            assertThat(post("/sandbox/luma/luma/videos", "Authorization", "Bearer " + key, "{}").statusCode())
                    .as("Luma with «%s»", key).isEqualTo(401);
            assertThat(post("/sandbox/iacrea/api/animation/v2/generate", "x-api-key", key, "{}").statusCode())
                    .as("IA Créa with «%s»", key).isEqualTo(401);
        }
        var credits = http.send(HttpRequest.newBuilder(URI.create(base() + "/sandbox/evolink/v1/credits"))
                .header("Authorization", "Bearer " + sandbox.key()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(credits.statusCode()).as("the right key opens it").isEqualTo(200);
    }

    @Test
    void aCallbackToThePrivateNetworkIsRefusedBeforeAnythingIsStored() throws Exception {
        var exterior = post("/sandbox/iacrea/api/create_exterior/generate", "x-api-key", sandbox.key(), """
                {"user_id": "%s", "image_url": "http://localhost/photo.jpg", "mask_url": "http://localhost/mask.png",
                 "room_type": "POOL", "width": 1024, "height": 768, "webhook": "http://169.254.169.254/latest/meta-data"}"""
                .formatted(Sandbox.IACREA_USER));
        assertThat(exterior.statusCode()).isEqualTo(400);
        assertThat(exterior.body()).contains("webhook must not point to an internal address");

        var animation = post("/sandbox/iacrea/api/animation/v2/generate", "x-api-key", sandbox.key(), """
                {"user_id": "%s", "image_urls": ["http://localhost/photo.jpg"], "option": "ZOOM_IN",
                 "webhook": "http://127.0.0.1:6379/"}""".formatted(Sandbox.IACREA_USER));
        assertThat(animation.statusCode()).isEqualTo(400);
        assertThat(animation.body()).contains("webhook must not point to an internal address");

        var luma = post("/sandbox/luma/luma/videos", "Authorization", "Bearer " + sandbox.key(), """
                {"action": "generate", "prompt": "Vue du jardin", "start_image_url": "http://localhost/photo.jpg",
                 "callback_url": "http://10.0.0.7/hook"}""");
        assertThat(luma.statusCode()).isEqualTo(400);
        assertThat(luma.body()).contains("callback_url must not point to an internal address");
    }

    private HttpResponse<String> post(String path, String header, String value, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header(header, value)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
