package app.atelier.provider.evolink;

import app.atelier.provider.Cost;
import app.atelier.provider.ErrorCode;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.PublicReach;
import app.atelier.provider.ResultFile;
import app.atelier.provider.ResultType;
import app.atelier.provider.SubmitOutcome;
import app.atelier.provider.VendorBalance;
import app.atelier.provider.VendorStatus;
import app.atelier.provider.vendor.KeyLookup;
import app.atelier.provider.vendor.VendorServer;
import app.atelier.shared.AtelierProperties;
import app.atelier.shared.CreditCurrency;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static app.atelier.provider.vendor.VendorServer.failure;
import static app.atelier.provider.vendor.VendorServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Evolink's wan2.5-image-to-video against its page and docs/vendors.md. */
class EvolinkContractTest {

    /** The page's example answer. */
    static final String CREATED = """
            {
              "created": 1757169743,
              "id": "task-unified-1757169743-7cvnl5zw",
              "model": "wan2.5-image-to-video",
              "object": "video.generation.task",
              "progress": 0,
              "status": "pending",
              "task_info": {
                "can_cancel": true,
                "estimated_time": 120
              },
              "type": "video",
              "usage": {
                "billing_rule": "per_call",
                "credits_reserved": 5,
                "user_group": "default"
              }
            }""";

    static final Map<String, String> OPTIONS = Map.of("prompt", "A cat playing the piano", "duration", "10",
            "quality", "1080p", "prompt_extend", "false");

    @RegisterExtension
    final VendorServer vendor = new VendorServer();

    EvolinkProvider provider(String key) {
        return new EvolinkProvider(new EvolinkProperties(vendor.baseUrl(), key, Duration.ofSeconds(1), Duration.ofSeconds(2), 2, 1, 3),
                VendorServer.endpoints(), VendorServer.clients(), KeyLookup.none(), new PublicReach(new AtelierProperties(
                URI.create("https://atelier.agence-du-port.fr"), Path.of("data"), null), true, VendorServer.clients(),
                VendorServer.CLOCK), VendorServer.CLOCK);
    }

    EvolinkProvider provider() {
        return provider(VendorServer.KEY);
    }

    @Test
    void createSendsTheModelThePromptOneImageAndTheChoicesAndReadsTheTask() {
        vendor.answer(200, CREATED);

        var outcome = provider().submit(VendorServer.request(GenerationKind.AI_VIDEO, OPTIONS, null));

        var request = vendor.request();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/videos/generations");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + VendorServer.KEY);
        var body = json(request);
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("model", "prompt", "image_urls", "duration", "quality",
                "prompt_extend");
        assertThat(body.get("model").asString()).isEqualTo("wan2.5-image-to-video");
        assertThat(body.get("prompt").asString()).isEqualTo("A cat playing the piano");
        assertThat(body.get("image_urls").size()).isEqualTo(1);
        assertThat(body.get("image_urls").get(0).asString()).isEqualTo(VendorServer.PHOTO_LINK.toString());
        assertThat(body.get("duration").isInt()).isTrue();
        assertThat(body.get("duration").asInt()).isEqualTo(10);
        assertThat(body.get("quality").asString()).isEqualTo("1080p");
        assertThat(body.get("prompt_extend").isBoolean()).isTrue();
        assertThat(body.get("prompt_extend").asBoolean()).isFalse();
        assertThat(outcome).isEqualTo(new SubmitOutcome.Accepted("task-unified-1757169743-7cvnl5zw",
                new VendorStatus.Running(0, Duration.ofSeconds(120), "pending"),
                Map.of("credits_reserved", "5", "callback", "none: polled")));
    }

    @Test
    void aCallbackGoesOnlyToAPublicHttpsAddressOfAtMost2048Characters() {
        var provider = provider();

        assertThat(provider.callbackAllowed(URI.create("https://8.8.8.8/webhooks/evolink-wan/t"))).isTrue();
        assertThat(provider.callbackAllowed(URI.create("http://8.8.8.8/webhooks/evolink-wan/t"))).as("http").isFalse();
        assertThat(provider.callbackAllowed(URI.create("https://127.0.0.1/webhooks/evolink-wan/t"))).isFalse();
        assertThat(provider.callbackAllowed(URI.create("https://192.168.1.20/webhooks/evolink-wan/t"))).isFalse();
        assertThat(provider.callbackAllowed(URI.create("https://10.0.0.4/webhooks/evolink-wan/t"))).isFalse();
        assertThat(provider.callbackAllowed(URI.create("https://172.20.0.3/webhooks/evolink-wan/t"))).isFalse();
        assertThat(provider.callbackAllowed(URI.create("https://localhost/webhooks/evolink-wan/t"))).isFalse();
        assertThat(provider.callbackAllowed(URI.create("https://8.8.8.8/" + "x".repeat(2040)))).as("too long").isFalse();
    }

    @Test
    void aPublicHttpsCallbackIsSent() {
        vendor.answer(200, CREATED);
        var callback = URI.create("https://8.8.8.8/webhooks/evolink-wan/t0k3n");

        var outcome = (SubmitOutcome.Accepted) provider().submit(VendorServer.request(GenerationKind.AI_VIDEO, OPTIONS, callback));

        assertThat(json(vendor.request()).get("callback_url").asString()).isEqualTo(callback.toString());
        assertThat(outcome.facts()).doesNotContainKey("callback");
    }

    @Test
    void aPrivateCallbackIsLeftOutAndTheTaskPolled() {
        vendor.answer(200, CREATED);

        provider().submit(VendorServer.request(GenerationKind.AI_VIDEO, OPTIONS, URI.create("http://localhost:8080/webhooks/evolink-wan/t")));

        assertThat(json(vendor.request()).has("callback_url")).isFalse();
    }

    @Test
    void theTaskIsReadByItsIdWithProgressAndWhatIsLeftOfTheEstimate() {
        vendor.answer(200, """
                {"id": "task-unified-1757169743-7cvnl5zw", "status": "processing", "progress": 40,
                 "task_info": {"can_cancel": true, "estimated_time": 120}}""");

        var statuses = provider().poll(List.of("task-unified-1757169743-7cvnl5zw"));

        var request = vendor.request();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/tasks/task-unified-1757169743-7cvnl5zw");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + VendorServer.KEY);
        assertThat(statuses.get("task-unified-1757169743-7cvnl5zw"))
                .isEqualTo(new VendorStatus.Running(40, Duration.ofSeconds(72), "processing"));
    }

    @Test
    void aCompletedTaskGivesTheVideoOfItsResults() {
        vendor.answer(200, """
                {"id": "task-1", "status": "completed", "progress": 100,
                 "results": ["https://files.evolink.ai/v/task-1.mp4"]}""");

        assertThat(provider().poll(List.of("task-1")).get("task-1")).isEqualTo(new VendorStatus.Succeeded(
                List.of(new ResultFile.RemoteFile(URI.create("https://files.evolink.ai/v/task-1.mp4"), ResultType.VIDEO))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"status": "failed", "error": {"code": "content_policy_violation", "message": "sensitive"}} | REJECTED
            {"status": "failed", "error": {"code": "input_sensitive", "message": "flagged"}}            | REJECTED
            {"status": "failed", "error": {"code": "generation_failed_no_content", "message": "empty"}} | FAILED_AT_VENDOR
            {"status": "failed", "error": {"code": "generation_failed", "message": "model error"}}      | FAILED_AT_VENDOR
            {"status": "failed", "error": {"code": "invalid_request", "message": "image too small"}}    | INVALID_INPUT
            {"status": "failed", "error": {"code": "insufficient_quota", "message": "no credit"}}       | NO_CREDIT
            {"status": "failed", "error": {"code": "unauthorized", "message": "key revoked"}}          | AUTH
            {"status": "failed", "error": {"code": 500, "message": "boom"}}                            | FAILED_AT_VENDOR
            {"status": "failed", "error": {"code": "internal_error", "message": "boom"}}               | FAILED_AT_VENDOR
            {"status": "failed"}                                                                        | FAILED_AT_VENDOR
            """)
    void aFailedTaskSaysWhyInOurWords(String answer, ErrorCode expected) {
        vendor.answer(200, answer);

        assertThat(provider().poll(List.of("t")).get("t")).isInstanceOfSatisfying(VendorStatus.Failed.class,
                failed -> assertThat(failed.error().code()).isEqualTo(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"status": "cancelled"}                           | cancelled
            {"status": "CANCELED"}                            | cancelled
            {"status": "completed", "results": []}            | running
            {"status": "queued_somewhere", "progress": 250}   | running
            {"progress": 10}                                  | running
            """)
    void cancelledUnknownAndEmptyAnswersRead(String answer, String expected) {
        vendor.answer(200, answer);

        var status = provider().poll(List.of("t")).get("t");

        assertThat(status).isInstanceOf(expected.equals("cancelled") ? VendorStatus.Cancelled.class : VendorStatus.Running.class);
        if (status instanceof VendorStatus.Running running) {
            assertThat(running.progress()).isBetween(-1, 100);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            400 | {"error": {"code": "invalid_request", "message": "prompt is required", "type": "invalid_request_error"}} | INVALID_INPUT
            401 | {"error": {"code": "unauthorized", "message": "Invalid API key", "type": "authentication_error"}}      | AUTH
            402 | {"error": {"code": "insufficient_quota", "message": "Insufficient credits", "type": "billing_error"}}  | NO_CREDIT
            403 | {"error": {"code": "model_access_denied", "message": "no access", "type": "permission_error"}}        | AUTH
            404 | {"error": {"code": "task_not_found", "message": "unknown task", "type": "invalid_request_error"}}     | INVALID_INPUT
            429 | {"error": {"code": "rate_limit_exceeded", "message": "Too many requests", "type": "rate_limit_error"}} | RATE_LIMITED
            500 | {"error": {"code": "internal_error", "message": "oops", "type": "api_error"}}                         | VENDOR_DOWN
            502 | <html>Bad Gateway</html>                                                                               | VENDOR_DOWN
            503 | {"error": {"code": 503, "message": "overloaded"}}                                                      | VENDOR_DOWN
            400 | {"error": {"code": "content_policy_violation", "message": "refused"}}                                  | REJECTED
            """)
    void everyErrorOfThePageMapsOntoOurs(int code, String body, ErrorCode expected) {
        vendor.answer(code, body);

        var failed = failure(() -> provider().submit(VendorServer.request(GenerationKind.AI_VIDEO, OPTIONS, null)));

        assertThat(failed.error().code()).isEqualTo(expected);
        assertThat(failed.error().vendorMessage()).startsWith("HTTP " + code);
        assertThat(failed.mayHaveBeenAccepted()).isFalse();
    }

    @Test
    void rateLimitsKeepTheirRetryAfter() {
        vendor.answer(new MockResponse.Builder().code(429).setHeader("Retry-After", "7")
                .body("{\"error\": {\"code\": \"rate_limit_exceeded\", \"message\": \"slow\"}}").build());

        assertThat(failure(() -> provider().poll(List.of("t"))).error().retryAfter()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void aCreationLeftUnansweredIsNeverSentTwice() {
        vendor.answer(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

        var failed = failure(() -> provider().submit(VendorServer.request(GenerationKind.AI_VIDEO, OPTIONS, null)));

        assertThat(failed.mayHaveBeenAccepted()).isTrue();
        assertThat(vendor.requestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"status\": \"pending\"}", "<html>ok</html>"})
    void aCreationAnswerWithoutATaskIdIsAnUnknownThatMayHaveStarted(String answer) {
        vendor.answer(200, answer);

        var failed = failure(() -> provider().submit(VendorServer.request(GenerationKind.AI_VIDEO, OPTIONS, null)));

        assertThat(failed.error().code()).isEqualTo(ErrorCode.UNKNOWN);
        assertThat(failed.mayHaveBeenAccepted()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"id": "task-unified-1", "status": "completed"} | task-unified-1
            {"status": "completed"}                          | ''
            [1, 2]                                           | ''
            <xml/>                                           | ''
            """)
    void theCallbackBodyIsTheTaskObject(String body, String expected) {
        assertThat(provider().vendorIdInWebhook(body.getBytes(StandardCharsets.UTF_8)).orElse("")).isEqualTo(expected);
    }

    @Test
    void tenSecondsCostTwiceFiveAndThePromptAndImageLimitsAreThePages() {
        var provider = provider();

        assertThat(provider.cost(Map.of("duration", "5"))).isEqualTo(new Cost(CreditCurrency.VIDEO, 2));
        assertThat(provider.cost(Map.of("duration", "10"))).isEqualTo(new Cost(CreditCurrency.VIDEO, 4));
        assertThat(provider.cost(Map.of("duration", "5", "quality", "480p"))).as("the vendor's lower price")
                .isEqualTo(new Cost(CreditCurrency.VIDEO, 1));
        assertThat(provider.cost(Map.of("duration", "10", "quality", "1080p"))).as("the vendor's higher price")
                .isEqualTo(new Cost(CreditCurrency.VIDEO, 6));
        assertThat(provider.cost(Map.of("duration", "5", "quality", "720p"))).isEqualTo(new Cost(CreditCurrency.VIDEO, 2));
        var capabilities = provider.capabilities();
        assertThat(capabilities.images()).isEqualTo(1);
        assertThat(capabilities.input().minSide()).isEqualTo(360);
        assertThat(capabilities.input().maxSide()).isEqualTo(2000);
        assertThat(capabilities.input().maxBytes()).isEqualTo(10_000_000);
        assertThat(capabilities.input().alphaAllowed()).isFalse();
        assertThat(capabilities.check(Map.of("prompt", "x".repeat(2001))).problems()).containsEntry("prompt", "option.error.too-long");
        assertThat(capabilities.check(Map.of()).problems()).containsEntry("prompt", "option.error.required");
        assertThat(capabilities.check(Map.of("prompt", "ok", "duration", "7")).problems()).containsEntry("duration", "option.error.not-offered");
        assertThat(capabilities.check(Map.of("prompt", "ok", "quality", "4k")).problems()).containsEntry("quality", "option.error.not-offered");
        assertThat(capabilities.check(Map.of("prompt", "ok")).options())
                .containsEntry("duration", "5").containsEntry("quality", "720p").containsEntry("prompt_extend", "true");
    }

    @Test
    void theBalanceIsTheRemainingCreditsOfTheUser() {
        vendor.answer(200, "{\"data\": {\"user\": {\"remaining_credits\": 1234.5}}}");

        assertThat(provider().balance()).contains(new VendorBalance(1235, "vendor.unit.credits", VendorServer.NOW));
        var request = vendor.request();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/credits");
    }

    @Test
    void withoutAKeyItIsNotAvailable() {
        var provider = provider("");

        assertThat(provider.available()).isFalse();
        assertThat(failure(() -> provider.poll(List.of("t"))).error().code()).isEqualTo(ErrorCode.AUTH);
        assertThat(vendor.requestCount()).isZero();
    }
}
