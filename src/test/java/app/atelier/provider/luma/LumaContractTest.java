package app.atelier.provider.luma;

import app.atelier.provider.ErrorCode;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.InputImage;
import app.atelier.provider.ResultFile;
import app.atelier.provider.ResultType;
import app.atelier.provider.SubmitOutcome;
import app.atelier.provider.SubmitRequest;
import app.atelier.provider.VendorStatus;
import app.atelier.provider.vendor.KeyLookup;
import app.atelier.provider.vendor.VendorServer;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static app.atelier.provider.vendor.VendorServer.failure;
import static app.atelier.provider.vendor.VendorServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/** AceData Cloud's Luma against its page and docs/vendors.md. */
class LumaContractTest {

    /** The page's example of a finished video. */
    static final String FINISHED = """
            {
              "state": "completed",
              "prompt": "Astronauts shuttle from space to volcano",
              "success": true,
              "task_id": "5636d6ba-957f-475e-a98a-718a07ee89a6",
              "video_id": "b4ef4c5e-9680-41c8-a678-0ce2ce6194de",
              "video_url": "https://platform.cdn.acedata.cloud/luma/5636d6ba-957f-475e-a98a-718a07ee89a6.mp4",
              "video_width": 1552,
              "video_height": 656,
              "thumbnail_url": "https://platform.cdn.acedata.cloud/luma/5636d6ba-957f-475e-a98a-718a07ee89a6.jpg",
              "thumbnail_width": 1552,
              "thumbnail_height": 656
            }""";

    static final Map<String, String> OPTIONS = Map.of("prompt", "Astronauts shuttle from space to volcano",
            "aspect_ratio", "9:16", "loop", "true", "enhancement", "false");

    @RegisterExtension
    final VendorServer vendor = new VendorServer();

    LumaProvider provider(String key) {
        return new LumaProvider(new LumaProperties(vendor.baseUrl(), key, 5, Duration.ofSeconds(1), Duration.ofSeconds(2), 2),
                VendorServer.endpoints(), VendorServer.clients(), KeyLookup.none(), VendorServer.CLOCK);
    }

    LumaProvider provider() {
        return provider(VendorServer.KEY);
    }

    static SubmitRequest request(Map<String, InputImage> attachments, SubmitRequest.Parent parent) {
        var base = VendorServer.request(GenerationKind.AI_VIDEO, OPTIONS, VendorServer.CALLBACK);
        return new SubmitRequest(base.generationId(), base.teamId(), base.kind(), base.options(), base.images(), attachments,
                parent, base.callbackUrl(), Path.of("unused"), VendorServer.NO_CONTROL);
    }

    @Test
    void generateSendsTheFramesTheChoicesAndAlwaysACallbackAndTakesTheTaskId() {
        vendor.answer(200, "{\"task_id\": \"5636d6ba-957f-475e-a98a-718a07ee89a6\"}");

        var outcome = provider().submit(request(Map.of("end_image", VendorServer.mask(1600, 1067)), null));

        var request = vendor.request();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/luma/videos");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + VendorServer.KEY);
        var body = json(request);
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("action", "prompt", "start_image_url", "end_image_url",
                "loop", "aspect_ratio", "enhancement", "callback_url");
        assertThat(body.get("action").asString()).isEqualTo("generate");
        assertThat(body.get("prompt").asString()).isEqualTo("Astronauts shuttle from space to volcano");
        assertThat(body.get("start_image_url").asString()).isEqualTo(VendorServer.PHOTO_LINK.toString());
        assertThat(body.get("end_image_url").asString()).isEqualTo(VendorServer.MASK_LINK.toString());
        assertThat(body.get("loop").asBoolean()).isTrue();
        assertThat(body.get("aspect_ratio").asString()).isEqualTo("9:16");
        assertThat(body.get("enhancement").asBoolean()).isFalse();
        assertThat(body.get("callback_url").asString()).isEqualTo(VendorServer.CALLBACK.toString());
        assertThat(outcome).isEqualTo(new SubmitOutcome.Accepted("5636d6ba-957f-475e-a98a-718a07ee89a6",
                new VendorStatus.Running(-1, null, "submitted")));
    }

    @Test
    void extendSendsTheEarlierVideoIdAndNoFrames() {
        vendor.answer(200, "{\"task_id\": \"t-2\"}");

        provider().submit(request(Map.of(), new SubmitRequest.Parent("5636d6ba", Map.of("video_id", "b4ef4c5e"))));

        var body = json(vendor.request());
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("action", "prompt", "enhancement", "callback_url", "video_id");
        assertThat(body.get("action").asString()).isEqualTo("extend");
        assertThat(body.get("video_id").asString()).isEqualTo("b4ef4c5e");
    }

    @Test
    void anExtensionOfAVideoWithoutItsIdIsRefusedWithoutACall() {
        var outcome = provider().submit(request(Map.of(), new SubmitRequest.Parent("5636d6ba", Map.of())));

        assertThat(outcome).isInstanceOfSatisfying(SubmitOutcome.Refused.class,
                refused -> assertThat(refused.error().code()).isEqualTo(ErrorCode.INVALID_INPUT));
        assertThat(vendor.requestCount()).isZero();
    }

    @Test
    void anAnswerThatAlreadyHoldsTheVideoIsADoneTask() {
        vendor.answer(200, FINISHED);

        var outcome = (SubmitOutcome.Accepted) provider().submit(request(Map.of(), null));

        assertThat(outcome.initial()).isEqualTo(new VendorStatus.Succeeded(List.of(new ResultFile.RemoteFile(
                URI.create("https://platform.cdn.acedata.cloud/luma/5636d6ba-957f-475e-a98a-718a07ee89a6.mp4"), ResultType.VIDEO)),
                Map.of("video_id", "b4ef4c5e-9680-41c8-a678-0ce2ce6194de", "video_width", "1552", "video_height", "656")));
    }

    @Test
    void oneGenerationIsRetrievedByItsId() {
        vendor.answer(200, "{\"id\": \"t-1\", \"created_at\": 1, \"request\": {}, \"response\": {\"state\": \"dreaming\"}}");

        var statuses = provider().poll(List.of("t-1"));

        var request = vendor.request();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/luma/tasks");
        var body = json(request);
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("id", "action");
        assertThat(body.get("id").asString()).isEqualTo("t-1");
        assertThat(body.get("action").asString()).isEqualTo("retrieve");
        assertThat(statuses).containsExactly(Map.entry("t-1", new VendorStatus.Running(-1, null, "dreaming")));
    }

    @Test
    void manyGenerationsAreRetrievedInOneBatchAndEachReadsItsOwnOutcome() {
        vendor.answer(200, """
                {"count": 3, "items": [
                  {"id": "t-1", "response": {"state": "pending"}},
                  {"id": "t-2", "finished_at": 1719819400, "response": %s},
                  {"id": "t-3", "finished_at": 1719819400, "response": {"success": false, "task_id": "t-3",
                   "error": {"code": "forbidden", "message": "The content is not allowed"}}},
                  {"id": "someone-else", "response": {"success": true, "video_url": "https://x/y.mp4"}}
                ]}""".formatted(FINISHED));

        var statuses = provider().poll(List.of("t-1", "t-2", "t-3", "t-4"));

        var body = json(vendor.request());
        assertThat(body.get("action").asString()).isEqualTo("retrieve_batch");
        assertThat(body.get("ids").size()).isEqualTo(4);
        assertThat(statuses).containsOnlyKeys("t-1", "t-2", "t-3");
        assertThat(statuses.get("t-1")).isEqualTo(new VendorStatus.Running(-1, null, "pending"));
        assertThat(statuses.get("t-2")).isInstanceOf(VendorStatus.Succeeded.class);
        assertThat(statuses.get("t-3")).isInstanceOfSatisfying(VendorStatus.Failed.class, failed -> {
            assertThat(failed.error().code()).isEqualTo(ErrorCode.REJECTED);
            assertThat(failed.error().vendorMessage()).contains("The content is not allowed");
        });
    }

    @Test
    void aBatchServesUpToFifty() {
        assertThat(provider().capabilities().batchPollSize()).isEqualTo(50);
        assertThat(provider().capabilities().maxInFlight()).isEqualTo(5);
        assertThat(provider().capabilities().minPollInterval()).isEqualTo(Duration.ofSeconds(1));
        vendor.answer(200, "{\"items\": []}");

        provider().poll(IntStream.range(0, 50).mapToObj(i -> "t-" + i).toList());

        assertThat(json(vendor.request()).get("ids").size()).isEqualTo(50);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"code": "forbidden", "message": "The content is not allowed"} | REJECTED
            {"code": "used_up", "message": "balance used up"}               | NO_CREDIT
            {"code": "invalid_token", "message": "revoked"}                 | AUTH
            {"code": "bad_request", "message": "start image unreadable"}    | INVALID_INPUT
            {"code": "api_error", "message": "generation crashed"}          | FAILED_AT_VENDOR
            {"code": "timeout", "message": "took too long"}                 | FAILED_AT_VENDOR
            {"code": "something_new", "message": "?"}                       | FAILED_AT_VENDOR
            """)
    void aTaskThatFailedSaysWhyInOurWordsAndIsNotAnOutage(String error, ErrorCode expected) {
        vendor.answer(200, """
                {"id": "t-1", "finished_at": 1719819400, "response": {"success": false, "task_id": "t-1", "error": %s}}"""
                .formatted(error));

        assertThat(provider().poll(List.of("t-1")).get("t-1")).isInstanceOfSatisfying(VendorStatus.Failed.class,
                failed -> assertThat(failed.error().code()).isEqualTo(expected));
    }

    @Test
    void aTaskThatFailedWithoutAReasonFailedAtTheVendor() {
        vendor.answer(200, """
                {"id": "t-1", "finished_at": 1719819400, "response": {"success": false, "task_id": "t-1"}}""");

        assertThat(provider().poll(List.of("t-1")).get("t-1")).isInstanceOfSatisfying(VendorStatus.Failed.class,
                failed -> assertThat(failed.error().code()).isEqualTo(ErrorCode.FAILED_AT_VENDOR));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            400 | {"error": {"code": "bad_request", "message": "start_image_url invalid"}, "trace_id": "tr-1"} | INVALID_INPUT
            400 | {"error": {"code": "no_token", "message": "token required"}, "trace_id": "tr-2"}             | AUTH
            401 | {"error": {"code": "invalid_token", "message": "invalid"}, "trace_id": "tr-3"}              | AUTH
            401 | {"error": {"code": "token_expired", "message": "expired"}, "trace_id": "tr-4"}              | AUTH
            403 | {"error": {"code": "used_up", "message": "balance used up"}, "trace_id": "tr-5"}            | NO_CREDIT
            403 | {"error": {"code": "forbidden", "message": "moderation"}, "trace_id": "tr-6"}               | REJECTED
            403 | {"error": {"code": "disabled", "message": "token disabled"}, "trace_id": "tr-7"}            | AUTH
            404 | {"error": {"code": "no_api", "message": "no such api"}, "trace_id": "tr-8"}                 | UNKNOWN
            429 | {"error": {"code": "too_many_requests", "message": "slow down"}, "trace_id": "tr-9"}        | RATE_LIMITED
            429 | {"error": {"code": "rate_limited", "message": "slow down"}}                                  | RATE_LIMITED
            500 | {"error": {"code": "api_error", "message": "oops"}, "trace_id": "tr-10"}                    | VENDOR_DOWN
            502 | Bad Gateway                                                                                   | VENDOR_DOWN
            """)
    void everyErrorOfThePageMapsOntoOurs(int code, String body, ErrorCode expected) {
        vendor.answer(code, body);

        var failed = failure(() -> provider().submit(request(Map.of(), null)));

        assertThat(failed.error().code()).isEqualTo(expected);
        assertThat(failed.error().vendorMessage()).startsWith("HTTP " + code);
        assertThat(failed.mayHaveBeenAccepted()).isFalse();
    }

    @Test
    void aGatewayTimeoutOnCreationMayHaveStartedTheVideo() {
        vendor.answer(504, "{\"error\": {\"code\": \"timeout\", \"message\": \"timeout\"}, \"trace_id\": \"tr-11\"}");

        var failed = failure(() -> provider().submit(request(Map.of(), null)));

        assertThat(failed.error().code()).isEqualTo(ErrorCode.VENDOR_DOWN);
        assertThat(failed.mayHaveBeenAccepted()).isTrue();
    }

    @Test
    void aCreationLeftUnansweredIsNeverSentTwice() {
        vendor.answer(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

        assertThat(failure(() -> provider().submit(request(Map.of(), null))).mayHaveBeenAccepted()).isTrue();
        assertThat(vendor.requestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"success": true, "task_id": "5636d6ba", "video_url": "https://x/v.mp4"}            | 5636d6ba
            {"success": false, "task_id": "t-9", "error": {"code": "forbidden", "message": "no"}} | t-9
            {"success": true}                                                                      | ''
            garbage                                                                                | ''
            """)
    void theCallbackNamesItsTask(String body, String expected) {
        assertThat(provider().vendorIdInWebhook(body.getBytes(StandardCharsets.UTF_8)).orElse("")).isEqualTo(expected);
    }

    @Test
    void withoutAKeyItIsNotAvailable() {
        var provider = provider(null);

        assertThat(provider.available()).isFalse();
        assertThat(failure(() -> provider.submit(request(Map.of(), null))).error().code()).isEqualTo(ErrorCode.AUTH);
    }
}
