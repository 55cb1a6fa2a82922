package app.atelier.provider.luma;

import app.atelier.media.ImageConstraints;
import app.atelier.media.ImageFormat;
import app.atelier.provider.Capabilities;
import app.atelier.provider.Completion;
import app.atelier.provider.Continuation;
import app.atelier.provider.Cost;
import app.atelier.provider.ErrorCode;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.OptionSpec;
import app.atelier.provider.ProviderError;
import app.atelier.provider.ProviderException;
import app.atelier.provider.ResultFile;
import app.atelier.provider.ResultType;
import app.atelier.provider.SubmitOutcome;
import app.atelier.provider.SubmitRequest;
import app.atelier.provider.VendorBalance;
import app.atelier.provider.VendorStatus;
import app.atelier.provider.vendor.KeyLookup;
import app.atelier.provider.vendor.StatusErrors;
import app.atelier.provider.vendor.VendorAccount;
import app.atelier.provider.vendor.VendorClients;
import app.atelier.provider.vendor.VendorConnection;
import app.atelier.provider.vendor.VendorEndpoints;
import app.atelier.provider.vendor.VendorHttp;
import app.atelier.provider.vendor.VendorJson;
import app.atelier.provider.vendor.VendorProvider;
import app.atelier.shared.CreditCurrency;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Luma through AceData Cloud ({@code POST /luma/videos}): a video from a start frame, perhaps an end
 * frame, a prompt and an aspect ratio; or an extension of an earlier Luma video (by its
 * {@code video_id}). A {@code callback_url} is always sent, so the call answers at once with a task
 * id; tasks are read back in batches of up to 50 ({@code POST /luma/tasks}, {@code retrieve_batch}).
 * At most five per key are under way; the rest wait their turn on our side.
 */
@Component
class LumaProvider extends VendorProvider implements VendorAccount {

    /** The vendor account its key belongs to. */
    static final String ID_KEY = "acedata";
    static final String ID = "luma";
    static final String PROMPT = "prompt";
    static final String ASPECT_RATIO = "aspect_ratio";
    static final String LOOP = "loop";
    static final String ENHANCEMENT = "enhancement";
    static final String END_IMAGE = "end_image";
    static final int PROMPT_LIMIT = 2000;
    static final int BATCH = 50;

    static final List<OptionSpec.Choice> ASPECT_RATIOS = List.of(
            new OptionSpec.Choice("16:9", "option.aspect.16-9"), new OptionSpec.Choice("9:16", "option.aspect.9-16"),
            new OptionSpec.Choice("1:1", "option.aspect.1-1"), new OptionSpec.Choice("4:3", "option.aspect.4-3"),
            new OptionSpec.Choice("3:4", "option.aspect.3-4"), new OptionSpec.Choice("21:9", "option.aspect.21-9"),
            new OptionSpec.Choice("9:21", "option.aspect.9-21"));

    private final VendorConnection connection;

    LumaProvider(LumaProperties settings, VendorEndpoints endpoints, VendorClients clients, KeyLookup savedKeys, Clock clock) {
        super(ID, "provider.luma", capabilities(settings));
        this.connection = new VendorConnection(new VendorConnection.Settings("AceData Luma", "luma", ID_KEY, settings.baseUrl(),
                settings.apiKey(), "atelier.providers.luma.api-key", VendorConnection::bearer, settings.connectTimeout(),
                settings.readTimeout(), LumaProvider::error), endpoints, clients, savedKeys, clock);
    }

    private static Capabilities capabilities(LumaProperties settings) {
        return new Capabilities(Set.of(GenerationKind.AI_VIDEO),
                List.of(OptionSpec.text(PROMPT, true, PROMPT_LIMIT).labelled("option.label.prompt", "option.help.prompt.luma").eachPhoto(),
                        OptionSpec.choice(ASPECT_RATIO, ASPECT_RATIOS, "16:9").labelled("option.label.aspect_ratio", null),
                        OptionSpec.flag(LOOP, false).labelled("option.label.loop", "option.help.loop"),
                        OptionSpec.flag(ENHANCEMENT, true).labelled("option.label.enhancement", "option.help.enhancement"),
                        OptionSpec.image(END_IMAGE, false).labelled("option.label.end_image", "option.help.end_image")),
                1,
                new ImageConstraints(EnumSet.of(ImageFormat.JPEG, ImageFormat.PNG, ImageFormat.WEBP), 256, 4096, 10_000_000, false),
                new Cost(CreditCurrency.VIDEO, settings.cost()),
                Completion.CALLBACK, settings.maxInFlight(), BATCH, Duration.ofSeconds(1), Duration.ofSeconds(150),
                Duration.ofMinutes(30), false, false);
    }

    @Override
    protected Optional<VendorConnection.Offer> offer() {
        return connection.offered();
    }

    record Create(String action, @Nullable String prompt, @Nullable String startImageUrl, @Nullable String endImageUrl,
                  @Nullable Boolean loop, @Nullable String aspectRatio, @Nullable Boolean enhancement, String callbackUrl,
                  @Nullable String videoId) {
    }

    @Override
    public Continuation continuation() {
        return Continuation.EXTENSION;
    }

    @Override
    public SubmitOutcome submit(SubmitRequest request) {
        var vendor = connection.require();
        if (request.callbackUrl() == null) {
            // without one the call would block until the video is made
            throw new IllegalArgumentException("Luma is always given a callback URL");
        }
        Create body;
        var prompt = request.option(PROMPT);
        if (request.parent() != null) {
            var videoId = request.parent().facts().get("video_id");
            if (videoId == null) {
                return new SubmitOutcome.Refused(new ProviderError(ErrorCode.INVALID_INPUT,
                        "The earlier video has no Luma video id to extend"));
            }
            body = new Create("extend", prompt, null, null, null, null, Boolean.parseBoolean(request.option(ENHANCEMENT)),
                    request.callbackUrl().toString(), videoId);
        } else {
            body = new Create("generate", prompt, request.images().getFirst().link().toString(),
                    request.attachment(END_IMAGE).map(end -> end.link().toString()).orElse(null),
                    Boolean.parseBoolean(request.option(LOOP)), request.option(ASPECT_RATIO),
                    Boolean.parseBoolean(request.option(ENHANCEMENT)), request.callbackUrl().toString(), null);
        }
        var answer = vendor.http().post("/luma/videos", body, VendorHttp.Kind.CREATE);
        var taskId = VendorJson.text(answer, "task_id").orElseThrow(() -> new ProviderException(
                new ProviderError(ErrorCode.UNKNOWN, "Luma's answer has no task_id"), true));
        // an answer that already holds the video (the call waited) is read like a finished task
        var initial = answer.has("success") || answer.has("video_url") ? outcome(answer)
                : new VendorStatus.Running(-1, null, VendorJson.text(answer, "state").orElse("submitted"));
        return new SubmitOutcome.Accepted(taskId, initial);
    }

    record Retrieve(String id, String action) {
    }

    record RetrieveBatch(List<String> ids, String action) {
    }

    /** One request for up to 50 tasks; a task the answer leaves out is asked about again later. */
    @Override
    public Map<String, VendorStatus> poll(List<String> vendorIds) {
        var vendor = connection.require();
        var answer = vendorIds.size() == 1
                ? vendor.http().post("/luma/tasks", new Retrieve(vendorIds.getFirst(), "retrieve"), VendorHttp.Kind.QUERY)
                : vendor.http().post("/luma/tasks", new RetrieveBatch(vendorIds, "retrieve_batch"), VendorHttp.Kind.QUERY);
        var statuses = new LinkedHashMap<String, VendorStatus>();
        for (var task : tasks(answer)) {
            var response = task.get("response");
            var id = VendorJson.text(task, "id").or(() -> VendorJson.text(task, "task_id"))
                    .or(() -> response == null ? Optional.empty() : VendorJson.text(response, "task_id"))
                    .orElse(null);
            if (id == null || !vendorIds.contains(id)) {
                continue;
            }
            statuses.put(id, taskStatus(task));
        }
        return statuses;
    }

    /** The tasks of an answer: {@code items} (or {@code data}) of a batch, or the one task itself. */
    static List<JsonNode> tasks(JsonNode answer) {
        var list = answer.isArray() ? answer : answer.has("items") ? answer.get("items") : answer.get("data");
        var tasks = new ArrayList<JsonNode>();
        if (list != null && list.isArray()) {
            list.forEach(tasks::add);
        } else if (answer.isObject()) {
            tasks.add(answer);
        }
        return tasks;
    }

    /** Done when {@code finished_at} is there or the response says {@code success}; until then under way. */
    static VendorStatus taskStatus(JsonNode task) {
        var response = task.get("response");
        boolean finished = task.hasNonNull("finished_at") || response != null && response.hasNonNull("success");
        if (response == null || !finished) {
            var state = response == null ? "" : VendorJson.text(response, "state").orElse("");
            return new VendorStatus.Running(-1, null, state.isEmpty() ? "processing" : state);
        }
        return outcome(response);
    }

    /** A finished task's response, or a callback's body: the video, or the error. */
    static VendorStatus outcome(JsonNode response) {
        var success = response.get("success");
        if (success != null && success.isBoolean() && !success.asBoolean()) {
            return new VendorStatus.Failed(taskError(response.get("error")));
        }
        var video = VendorJson.text(response, "video_url").flatMap(VendorJson::link);
        if (video.isEmpty()) {
            return new VendorStatus.Running(-1, null, "finished without video_url");
        }
        var facts = new LinkedHashMap<String, String>();
        VendorJson.text(response, "video_id").ifPresent(id -> facts.put("video_id", id));
        VendorJson.text(response, "video_width").ifPresent(width -> facts.put("video_width", width));
        VendorJson.text(response, "video_height").ifPresent(height -> facts.put("video_height", height));
        return new VendorStatus.Succeeded(List.of(new ResultFile.RemoteFile(video.get(), ResultType.VIDEO)), facts);
    }

    /**
     * A failed task's {@code error {code, message}}: AceData answered that the task failed, which is
     * not an outage even when its code is {@code api_error} or {@code timeout}.
     */
    static ProviderError taskError(@Nullable JsonNode error) {
        if (error == null || !error.isObject()) {
            return new ProviderError(ErrorCode.FAILED_AT_VENDOR, "Luma says it failed, without a reason");
        }
        var code = VendorJson.text(error, "code").orElse("");
        var mapped = codeOf(code, -1);
        return new ProviderError(mapped == ErrorCode.VENDOR_DOWN || mapped == ErrorCode.UNKNOWN ? ErrorCode.FAILED_AT_VENDOR : mapped,
                code + VendorJson.text(error, "message").map(": "::concat).orElse(""));
    }

    /** {@code {"error": {"code", "message"}, "trace_id"}}. */
    static ProviderError error(int status, @Nullable JsonNode body, String text, @Nullable Duration retryAfter) {
        var error = body == null ? null : body.get("error");
        if (error == null || !error.isObject()) {
            return new ProviderError(StatusErrors.of(status), "HTTP " + status + ": " + text, retryAfter);
        }
        var code = VendorJson.text(error, "code").orElse("");
        var trace = body.has("trace_id") ? " [trace " + VendorJson.text(body, "trace_id").orElse("") + "]" : "";
        return new ProviderError(codeOf(code, status),
                "HTTP " + status + " " + code + ": " + VendorJson.text(error, "message").orElse(text) + trace, retryAfter);
    }

    private static ErrorCode codeOf(String code, int status) {
        return switch (code.toLowerCase(Locale.ROOT)) {
            case "bad_request" -> ErrorCode.INVALID_INPUT;
            case "no_token", "invalid_token", "token_expired", "disabled" -> ErrorCode.AUTH;
            case "used_up" -> ErrorCode.NO_CREDIT;
            case "forbidden" -> ErrorCode.REJECTED;
            case "too_many_requests", "rate_limited" -> ErrorCode.RATE_LIMITED;
            case "api_error", "timeout" -> ErrorCode.VENDOR_DOWN;
            case "no_api" -> ErrorCode.UNKNOWN;
            default -> status > 0 ? StatusErrors.of(status) : ErrorCode.UNKNOWN;
        };
    }

    /** The callback's body: {@code {success, task_id, ...}}. */
    @Override
    public Optional<String> vendorIdInWebhook(byte[] body) {
        return VendorJson.textIn(body, "task_id");
    }

    @Override
    public String keyId() {
        return ID_KEY;
    }

    @Override
    public Optional<String> accountKey() {
        return Optional.of(ID_KEY);
    }

    @Override
    public String name() {
        return "AceData";
    }

    @Override
    public String keySetting() {
        return "atelier.providers.luma.api-key";
    }

    @Override
    public VendorConnection connection() {
        return connection;
    }

    /** AceData says nothing of a balance. */
    @Override
    public Optional<VendorBalance> balance() {
        return Optional.empty();
    }

    /**
     * AceData has no balance call: the key is tried by asking about a task that does not exist. A
     * refused key is a 401 (or a 403 for a disabled account); a known key gets an answer about the task.
     */
    @Override
    public Optional<VendorBalance> tryKey(String key, @Nullable String accountId) {
        try {
            connection.trial(key).post("/luma/tasks", new Retrieve("atelier-key-check", "retrieve"), VendorHttp.Kind.QUERY);
        } catch (ProviderException refused) {
            if (refused.error().code() != ErrorCode.INVALID_INPUT) {
                throw refused;
            }
        }
        return Optional.empty();
    }
}
