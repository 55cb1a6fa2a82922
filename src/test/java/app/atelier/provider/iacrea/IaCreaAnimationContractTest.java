package app.atelier.provider.iacrea;

import app.atelier.provider.ErrorCode;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.ResultFile;
import app.atelier.provider.ResultType;
import app.atelier.provider.SubmitOutcome;
import app.atelier.provider.VendorBalance;
import app.atelier.provider.VendorStatus;
import app.atelier.provider.vendor.KeyLookup;
import app.atelier.provider.vendor.VendorServer;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static app.atelier.provider.vendor.VendorServer.failure;
import static app.atelier.provider.vendor.VendorServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * IA Créa animation v2 against its page (docs/vendors.md): the exact request of the example, every
 * status, the errors docs/vendors.md lists, timeouts, odd webhooks, and the key kept out of logs.
 */
@ExtendWith(OutputCaptureExtension.class)
class IaCreaAnimationContractTest {

    static final String USER = "6b1f0c2e-4d55-4a5e-9b8e-3f1a2c4d5e6f";

    @RegisterExtension
    final VendorServer vendor = new VendorServer();

    IaCreaAnimationProvider provider(IaCreaProperties.AuthStyle style, String key) {
        var settings = new IaCreaProperties(vendor.baseUrl(), key, USER, style, Duration.ofSeconds(1),
                Duration.ofSeconds(2), 1, 1);
        return new IaCreaAnimationProvider(new IaCreaConnection(settings, VendorServer.endpoints(), VendorServer.clients(),
                KeyLookup.none(), VendorServer.CLOCK), settings, VendorServer.CLOCK);
    }

    IaCreaAnimationProvider provider() {
        return provider(IaCreaProperties.AuthStyle.X_API_KEY, VendorServer.KEY);
    }

    @Test
    void generateSendsThePagesRequestAndKeepsWhatTheAnswerSays() {
        vendor.answer(200, """
                {"generation_id": "3d0b6a8e-1c2f-4b7a-9e5d-7f6a5b4c3d2e", "remaining_videos": 10,
                 "project_id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"}""");

        var outcome = provider().submit(VendorServer.request(GenerationKind.CAMERA_MOTION,
                Map.of("motion", "ZOOM_OUT", "format", "PORTRAIT", "prompt", "Élégant salon moderne"), VendorServer.CALLBACK));

        var request = vendor.request();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/animation/v2/generate");
        assertThat(request.getHeaders().get("x-api-key")).isEqualTo(VendorServer.KEY);
        assertThat(request.getHeaders().get("Authorization")).isNull();
        var body = json(request);
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("user_id", "image_urls", "option", "prompt", "format", "webhook");
        assertThat(body.get("user_id").asString()).isEqualTo(USER);
        assertThat(body.get("image_urls").size()).isEqualTo(1);
        assertThat(body.get("image_urls").get(0).asString()).isEqualTo(VendorServer.PHOTO_LINK.toString());
        assertThat(body.get("option").asString()).isEqualTo("ZOOM_OUT");
        assertThat(body.get("prompt").asString()).isEqualTo("Élégant salon moderne");
        assertThat(body.get("format").asString()).isEqualTo("portrait");
        assertThat(body.get("webhook").asString()).isEqualTo(VendorServer.CALLBACK.toString());
        assertThat(outcome).isEqualTo(new SubmitOutcome.Accepted("3d0b6a8e-1c2f-4b7a-9e5d-7f6a5b4c3d2e",
                new VendorStatus.Running(-1, null, "STARTING"),
                Map.of("remaining_videos", "10", "project_id", "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d")));
    }

    @Test
    void landscapeWithoutPromptOrWebhookSendsNeither() {
        vendor.answer(200, "{\"generation_id\": \"g-1\"}");

        provider().submit(VendorServer.request(GenerationKind.CAMERA_MOTION, Map.of("motion", "PAN_LEFT", "format", "LANDSCAPE"), null));

        var body = json(vendor.request());
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("user_id", "image_urls", "option", "format");
        assertThat(body.get("format").asString()).isEqualTo("landscape");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AUTO_EFFECTS", "AUTO_REVERSE"})
    void theNewerOptionsGoWithoutThePromptTheyIgnore(String option) {
        vendor.answer(200, "{\"generation_id\": \"g-2\"}");

        provider().submit(VendorServer.request(GenerationKind.CAMERA_MOTION,
                Map.of("motion", option, "format", "LANDSCAPE", "prompt", "Salon lumineux"), null));

        var body = json(vendor.request());
        assertThat(body.get("option").asString()).isEqualTo(option);
        assertThat(body.has("prompt")).isFalse();
        assertThat(provider().capabilities().option("motion").orElseThrow().values())
                .containsExactly("ZOOM_IN", "ZOOM_OUT", "PAN_RIGHT", "PAN_LEFT", "PAN_UP", "PAN_DOWN", "CAMERA_PUSH_OUT",
                        "AUTO_EFFECTS", "AUTO_REVERSE");
        assertThat(IaCreaAnimationProvider.NEWER_API).containsExactlyInAnyOrder("AUTO_EFFECTS", "AUTO_REVERSE");
    }

    @Test
    void theBearerStyleOfNewerHostsSendsTheKeyAsAToken() {
        vendor.answer(200, "{\"generation_id\": \"g-3\"}");

        provider(IaCreaProperties.AuthStyle.BEARER, VendorServer.KEY).submit(VendorServer.request(GenerationKind.CAMERA_MOTION,
                Map.of("motion", "ZOOM_IN", "format", "LANDSCAPE"), null));

        var request = vendor.request();
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + VendorServer.KEY);
        assertThat(request.getHeaders().get("x-api-key")).isNull();
    }

    @Test
    void getSendsTheUserAndTheGenerationAndReadsTheVideos() {
        vendor.answer(200, "{\"status\": \"SUCCEEDED\", \"urls\": [\"https://url-de-video-generee.mp4\"]}");

        var statuses = provider().poll(List.of("3d0b6a8e"));

        var request = vendor.request();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/animation/v2/get");
        assertThat(request.getHeaders().get("x-api-key")).isEqualTo(VendorServer.KEY);
        var body = json(request);
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("user_id", "generation_id");
        assertThat(body.get("generation_id").asString()).isEqualTo("3d0b6a8e");
        assertThat(statuses).containsExactly(Map.entry("3d0b6a8e", new VendorStatus.Succeeded(
                List.of(new ResultFile.RemoteFile(URI.create("https://url-de-video-generee.mp4"), ResultType.VIDEO)))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"status": "STARTING"}                          | running 2 STARTING
            {"status": "IN_PROGRESS"}                       | running -1 IN_PROGRESS
            {"status": "in_progress"}                       | running -1 IN_PROGRESS
            {"status": "PROCESSING"}                        | running -1 PROCESSING
            {"status": "Queued at night"}                   | running -1 QUEUED_AT_NIGHT
            {}                                              | running -1 (no status)
            {"status": "SUCCEEDED"}                         | running -1 SUCCEEDED without urls
            {"status": "SUCCEEDED", "urls": ["ftp://x/v"]}  | running -1 SUCCEEDED without urls
            {"status": "FAILED"}                            | failed FAILED_AT_VENDOR
            {"status": "failed", "error": "image illisible"} | failed FAILED_AT_VENDOR
            """)
    void everyStatusReads(String answer, String expected) {
        vendor.answer(200, answer);

        var status = provider().poll(List.of("g")).get("g");

        var words = expected.split(" ", 3);
        switch (words[0]) {
            case "running" -> assertThat(status).isEqualTo(new VendorStatus.Running(Integer.parseInt(words[1]), null, words[2]));
            case "failed" -> assertThat(status).isInstanceOfSatisfying(VendorStatus.Failed.class, failed -> {
                assertThat(failed.error().code()).isEqualTo(ErrorCode.valueOf(words[1]));
                assertThat(failed.error().vendorMessage()).contains("FAILED").contains("refunds");
            });
            default -> throw new IllegalArgumentException(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            400 | {"message": "option invalide"}           | INVALID_INPUT | option invalide
            400 | {"error": "Crédits vidéo insuffisants"}   | NO_CREDIT     | Crédits vidéo insuffisants
            401 | Unauthorized                               | AUTH          | Unauthorized
            403 | {"error": {"detail": "forbidden"}}         | AUTH          | forbidden
            404 | <html>not here</html>                      | INVALID_INPUT | not here
            429 | {"message": "slow down"}                   | RATE_LIMITED  | slow down
            500 | Internal Server Error                      | VENDOR_DOWN   | Internal Server Error
            503 | ''                                         | VENDOR_DOWN   | (no body)
            418 | teapot                                     | UNKNOWN       | teapot
            """)
    void errorsMapOntoOurFewWithTheVendorsWordsKept(int code, String body, ErrorCode expected, String words) {
        vendor.answer(code, body);

        var failed = failure(() -> provider().submit(VendorServer.request(GenerationKind.CAMERA_MOTION,
                Map.of("motion", "ZOOM_IN", "format", "LANDSCAPE"), null)));

        assertThat(failed.error().code()).isEqualTo(expected);
        assertThat(failed.error().vendorMessage()).contains("HTTP " + code).contains(words);
        assertThat(failed.mayHaveBeenAccepted()).as("an error answer means it was not taken").isFalse();
    }

    @Test
    void retryAfterIsKeptInSecondsOrAsADate() {
        vendor.answer(new MockResponse.Builder().code(429).setHeader("Retry-After", "30").body("{}").build());
        vendor.answer(new MockResponse.Builder().code(429).setHeader("Retry-After", "Sat, 21 Nov 2026 10:02:00 GMT").body("{}").build());
        vendor.answer(new MockResponse.Builder().code(429).body("{}").build());

        assertThat(failure(() -> provider().poll(List.of("g"))).error().retryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(failure(() -> provider().poll(List.of("g"))).error().retryAfter()).isEqualTo(Duration.ofMinutes(2));
        assertThat(failure(() -> provider().poll(List.of("g"))).error().retryAfter()).isNull();
    }

    @Test
    void aCreationWhoseAnswerNeverCameMayHaveBeenTakenAndIsNotSentAgain() {
        vendor.answer(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

        var failed = failure(() -> provider().submit(VendorServer.request(GenerationKind.CAMERA_MOTION,
                Map.of("motion", "ZOOM_IN", "format", "LANDSCAPE"), null)));

        assertThat(failed.error().code()).isEqualTo(ErrorCode.VENDOR_DOWN);
        assertThat(failed.mayHaveBeenAccepted()).isTrue();
        assertThat(vendor.requestCount()).as("sent once, never again").isEqualTo(1);
    }

    @Test
    void aCreationThatCouldNotConnectWasNotTaken() {
        var provider = provider();
        vendor.server().close();

        var failed = failure(() -> provider.submit(VendorServer.request(GenerationKind.CAMERA_MOTION,
                Map.of("motion", "ZOOM_IN", "format", "LANDSCAPE"), null)));

        assertThat(failed.error().code()).isEqualTo(ErrorCode.VENDOR_DOWN);
        assertThat(failed.mayHaveBeenAccepted()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"remaining_videos\": 3}", "not json at all", "[\"g-4\"]", "{\"generation_id\": \"\"}"})
    void aCreationAnswerWithoutAnIdMayHaveStartedSomethingWeCannotFollow(String answer) {
        vendor.answer(200, answer);

        var failed = failure(() -> provider().submit(VendorServer.request(GenerationKind.CAMERA_MOTION,
                Map.of("motion", "ZOOM_IN", "format", "LANDSCAPE"), null)));

        assertThat(failed.error().code()).isEqualTo(ErrorCode.UNKNOWN);
        assertThat(failed.mayHaveBeenAccepted()).isTrue();
    }

    @Test
    void aMalformedPollAnswerConcludesNothing() {
        vendor.answer(200, "{\"status\": ");

        var failed = failure(() -> provider().poll(List.of("g")));

        assertThat(failed.error().code()).isEqualTo(ErrorCode.UNKNOWN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"generation_id": "3d0b6a8e", "status": "SUCCEEDED"} | 3d0b6a8e
            {"id": "someone-else"}                                | ''
            {"generation_id": 42}                                 | 42
            []                                                    | ''
            not json                                              | ''
            ''                                                    | ''
            """)
    void anyWebhookBodyIsAcceptedAndOnlyItsGenerationIdRead(String body, String expected) {
        var named = provider().vendorIdInWebhook(body.getBytes(StandardCharsets.UTF_8));

        assertThat(named.orElse("")).isEqualTo(expected);
    }

    @Test
    void theBalanceIsTheTotalOfTheCreditEndpoint() {
        vendor.answer(200, "{\"total\": 42, \"subscription\": 40, \"extra\": 2}");

        var balance = provider().balance();

        var request = vendor.request();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/account/credit");
        assertThat(json(request).get("user_id").asString()).isEqualTo(USER);
        assertThat(balance).contains(new VendorBalance(42, "vendor.unit.credits", VendorServer.NOW));
    }

    @Test
    void withoutAKeyNothingIsSentAndTheAdminIsTold() {
        var provider = provider(IaCreaProperties.AuthStyle.X_API_KEY, " ");

        assertThat(provider.available()).isFalse();
        var failed = failure(() -> provider.submit(VendorServer.request(GenerationKind.CAMERA_MOTION,
                Map.of("motion", "ZOOM_IN", "format", "LANDSCAPE"), null)));
        assertThat(failed.error().code()).isEqualTo(ErrorCode.AUTH);
        assertThat(failed.error().vendorMessage()).contains("atelier.providers.iacrea.api-key");
        assertThat(vendor.requestCount()).isZero();
    }

    @Test
    void theKeyNeverReachesALogOrAMessage(CapturedOutput output) {
        vendor.answer(401, "{\"message\": \"bad key\"}");
        vendor.answer(500, "oops");
        vendor.answer(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        var provider = provider();
        var messages = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            messages.append(failure(() -> provider.submit(VendorServer.request(GenerationKind.CAMERA_MOTION,
                    Map.of("motion", "ZOOM_IN", "format", "LANDSCAPE"), null))).getMessage());
        }

        assertThat(output.getAll()).contains("IA Créa").doesNotContain(VendorServer.KEY);
        assertThat(messages).doesNotContain(VendorServer.KEY);
        assertThat(new IaCreaProperties(vendor.baseUrl(), VendorServer.KEY, USER, IaCreaProperties.AuthStyle.X_API_KEY,
                Duration.ofSeconds(1), Duration.ofSeconds(1), 1, 1).toString()).doesNotContain(VendorServer.KEY);
    }
}
