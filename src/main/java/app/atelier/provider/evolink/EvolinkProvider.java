package app.atelier.provider.evolink;

import app.atelier.media.ImageConstraints;
import app.atelier.media.ImageFormat;
import app.atelier.provider.Capabilities;
import app.atelier.provider.Completion;
import app.atelier.provider.Cost;
import app.atelier.provider.ErrorCode;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.OptionSpec;
import app.atelier.provider.ProviderError;
import app.atelier.provider.ProviderException;
import app.atelier.provider.PublicReach;
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

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Wan 2.5 image-to-video through Evolink ({@code POST /v1/videos/generations}, {@code GET
 * /v1/tasks/{id}}): one photo and a prompt, 5 or 10 seconds, 480p to 1080p. Its task object carries
 * progress and an estimate, shown live. It calls back only to a public https address, so a
 * callback is sent only when ours is one; otherwise it is polled.
 */
@Component
class EvolinkProvider extends VendorProvider implements VendorAccount {

    /** The vendor account its key belongs to. */
    static final String ID_KEY = "evolink";
    static final String ID = "evolink-wan";
    /** Codes about content policy: only these are the vendor refusing the content. */
    private static final Pattern MODERATION = Pattern.compile("policy|sensitive|moderation|safety|nsfw|inappropriate|violat|content_filter");
    static final String MODEL = "wan2.5-image-to-video";
    static final String PROMPT = "prompt";
    static final String DURATION = "duration";
    static final String QUALITY = "quality";
    static final String PROMPT_EXTEND = "prompt_extend";
    static final int PROMPT_LIMIT = 2000;
    static final int CALLBACK_LIMIT = 2048;

    static final List<OptionSpec.Choice> DURATIONS = List.of(
            new OptionSpec.Choice("5", "option.duration.5"), new OptionSpec.Choice("10", "option.duration.10"));
    static final List<OptionSpec.Choice> QUALITIES = List.of(
            new OptionSpec.Choice("480p", "option.quality.480p", "option.quality.480p.hint"),
            new OptionSpec.Choice("720p", "option.quality.720p", "option.quality.720p.hint"),
            new OptionSpec.Choice("1080p", "option.quality.1080p", "option.quality.1080p.hint"));

    private final EvolinkProperties settings;
    private final VendorConnection connection;
    private final Clock clock;
    private final PublicReach reach;

    EvolinkProvider(EvolinkProperties settings, VendorEndpoints endpoints, VendorClients clients, KeyLookup savedKeys,
                    PublicReach reach, Clock clock) {
        super(ID, "provider.evolink-wan", capabilities(settings));
        this.reach = reach;
        this.settings = settings;
        this.clock = clock;
        this.connection = new VendorConnection(new VendorConnection.Settings("Evolink", "evolink", ID_KEY, settings.baseUrl(),
                settings.apiKey(), "atelier.providers.evolink.api-key", VendorConnection::bearer, settings.connectTimeout(),
                settings.readTimeout(), EvolinkProvider::error), endpoints, clients, savedKeys, clock);
    }

    private static Capabilities capabilities(EvolinkProperties settings) {
        return new Capabilities(Set.of(GenerationKind.AI_VIDEO),
                List.of(OptionSpec.text(PROMPT, true, PROMPT_LIMIT).labelled("option.label.prompt", "option.help.prompt.wan").eachPhoto(),
                        OptionSpec.choice(DURATION, DURATIONS, "5").labelled("option.label.duration", "option.help.duration.wan"),
                        OptionSpec.choice(QUALITY, QUALITIES, "720p").labelled("option.label.quality", null),
                        OptionSpec.flag(PROMPT_EXTEND, true).labelled("option.label.prompt_extend", "option.help.prompt_extend")),
                1,
                new ImageConstraints(EnumSet.of(ImageFormat.JPEG, ImageFormat.PNG, ImageFormat.BMP, ImageFormat.WEBP),
                        360, 2000, 10_000_000, false),
                new Cost(CreditCurrency.VIDEO, settings.cost()),
                Completion.CALLBACK, 0, 1, Duration.ofMillis(100), Duration.ofSeconds(120), Duration.ofMinutes(30),
                false, false);
    }

    @Override
    public Cost cost(Map<String, String> options) {
        // as the vendor prices it: by quality, and 10 seconds twice 5
        return new Cost(CreditCurrency.VIDEO, settings.costOf(options.get(QUALITY)) * ("10".equals(options.get(DURATION)) ? 2 : 1));
    }

    @Override
    protected Optional<VendorConnection.Offer> offer() {
        return connection.offered();
    }

    record Create(String model, String prompt, List<String> imageUrls, int duration, String quality, boolean promptExtend,
                  @Nullable String callbackUrl) {
    }

    @Override
    public SubmitOutcome submit(SubmitRequest request) {
        var vendor = connection.require();
        var callback = request.callbackUrl() != null && callbackAllowed(request.callbackUrl()) ? request.callbackUrl().toString() : null;
        var body = new Create(MODEL, request.option(PROMPT), List.of(request.images().getFirst().link().toString()),
                Integer.parseInt(request.option(DURATION)), request.option(QUALITY),
                Boolean.parseBoolean(request.option(PROMPT_EXTEND)), callback);
        var task = vendor.http().post("/v1/videos/generations", body, VendorHttp.Kind.CREATE);
        var id = VendorJson.text(task, "id").orElseThrow(() -> new ProviderException(
                new ProviderError(ErrorCode.UNKNOWN, "Evolink's answer has no task id"), true));
        var facts = new LinkedHashMap<String, String>();
        Optional.ofNullable(task.get("usage")).flatMap(usage -> VendorJson.text(usage, "credits_reserved"))
                .ifPresent(credits -> facts.put("credits_reserved", credits));
        if (callback == null) {
            facts.put("callback", "none: polled");
        }
        return new SubmitOutcome.Accepted(id, status(task), facts);
    }

    /** Evolink calls back only to https, never to a private address, and to no more than 2048 characters. */
    boolean callbackAllowed(URI callback) {
        return "https".equalsIgnoreCase(callback.getScheme()) && callback.toString().length() <= CALLBACK_LIMIT
                && reach.isPublic(callback);
    }

    @Override
    public Map<String, VendorStatus> poll(List<String> vendorIds) {
        var vendor = connection.require();
        var statuses = new LinkedHashMap<String, VendorStatus>();
        for (var id : vendorIds) {
            statuses.put(id, status(vendor.http().get("/v1/tasks/" + VendorHttp.segment(id), VendorHttp.Kind.QUERY)));
        }
        return statuses;
    }

    /** pending and processing are under way, with progress and an estimate; completed has the video in {@code results}. */
    static VendorStatus status(JsonNode task) {
        var status = VendorJson.word(task, "status").orElse("");
        int progress = Optional.ofNullable(task.get("progress")).filter(JsonNode::isNumber).map(JsonNode::asInt)
                .map(value -> Math.max(0, Math.min(100, value))).orElse(-1);
        return switch (status) {
            case "COMPLETED" -> {
                var results = task.get("results");
                var files = new java.util.ArrayList<ResultFile>();
                if (results != null && results.isArray()) {
                    for (var result : results) {
                        var link = result.isString() ? result.asString() : VendorJson.text(result, "url").orElse("");
                        VendorJson.link(link).ifPresent(uri -> files.add(new ResultFile.RemoteFile(uri, ResultType.VIDEO)));
                    }
                }
                yield files.isEmpty() ? new VendorStatus.Running(100, null, "completed without results")
                        : new VendorStatus.Succeeded(List.of(files.getFirst()));
            }
            case "FAILED" -> new VendorStatus.Failed(taskError(task.get("error")));
            case "CANCELLED", "CANCELED" -> new VendorStatus.Cancelled();
            default -> new VendorStatus.Running(progress, remaining(task, progress), status.isEmpty() ? "(no status)"
                    : status.toLowerCase(Locale.ROOT));
        };
    }

    /** The estimate is for the whole task: what is left of it is in proportion to the progress still to make. */
    private static @Nullable Duration remaining(JsonNode task, int progress) {
        var info = task.get("task_info");
        if (info == null || info.get("estimated_time") == null || !info.get("estimated_time").isNumber()) {
            return null;
        }
        double seconds = info.get("estimated_time").asDouble();
        if (seconds <= 0) {
            return null;
        }
        double left = progress < 0 ? seconds : seconds * (100 - progress) / 100.0;
        return Duration.ofMillis(Math.round(left * 1000));
    }

    /**
     * A failed task's {@code error {code, message}}: Evolink took the task and says it failed. That is
     * not an outage (it answered) and, unless the code is about content policy, not a refusal of the
     * content ({@code generation_failed_no_content} is a generation that made nothing).
     */
    static ProviderError taskError(@Nullable JsonNode error) {
        if (error == null || !error.isObject()) {
            return new ProviderError(ErrorCode.FAILED_AT_VENDOR, "Evolink says failed, without a reason");
        }
        var code = VendorJson.text(error, "code").orElse("");
        var message = VendorJson.text(error, "message").orElse("");
        var mapped = codeOf(code, -1);
        return new ProviderError(mapped == ErrorCode.VENDOR_DOWN || mapped == ErrorCode.UNKNOWN ? ErrorCode.FAILED_AT_VENDOR : mapped,
                code + (message.isEmpty() ? "" : ": " + message));
    }

    /** {@code {"error": {"code", "message", "type"}}}, the code a string or a number. */
    static ProviderError error(int status, @Nullable JsonNode body, String text, @Nullable Duration retryAfter) {
        var error = body == null ? null : body.get("error");
        if (error == null || !error.isObject()) {
            return new ProviderError(StatusErrors.of(status), "HTTP " + status + ": " + text, retryAfter);
        }
        var code = VendorJson.text(error, "code").orElse("");
        var message = VendorJson.text(error, "message").orElse(text);
        var type = VendorJson.text(error, "type").map(value -> " (" + value + ")").orElse("");
        return new ProviderError(codeOf(code, status), "HTTP " + status + " " + code + ": " + message + type, retryAfter);
    }

    private static ErrorCode codeOf(String code, int status) {
        var word = code.toLowerCase(Locale.ROOT);
        if (MODERATION.matcher(word).find()) {
            return ErrorCode.REJECTED;
        }
        return switch (word) {
            case "invalid_request", "invalid_parameter", "400", "task_not_found", "404" -> ErrorCode.INVALID_INPUT;
            case "unauthorized", "401", "model_access_denied", "403" -> ErrorCode.AUTH;
            case "insufficient_quota", "402" -> ErrorCode.NO_CREDIT;
            case "rate_limit_exceeded", "429" -> ErrorCode.RATE_LIMITED;
            case "internal_error", "500", "502", "503", "service_unavailable", "bad_gateway" -> ErrorCode.VENDOR_DOWN;
            default -> status > 0 ? StatusErrors.of(status) : ErrorCode.UNKNOWN;
        };
    }

    /** The callback's body is the task object. */
    @Override
    public Optional<String> vendorIdInWebhook(byte[] body) {
        return VendorJson.textIn(body, "id");
    }

    /** {@code GET /v1/credits}: the account's remaining credits. */
    @Override
    public Optional<VendorBalance> balance() {
        return connection.connected().flatMap(vendor -> balance(vendor.http()));
    }

    @Override
    public Optional<VendorBalance> tryKey(String key, @Nullable String accountId) {
        return balance(connection.trial(key));
    }

    private Optional<VendorBalance> balance(VendorHttp http) {
        var remaining = http.get("/v1/credits", VendorHttp.Kind.QUERY).path("data").path("user").path("remaining_credits");
        return remaining.isNumber()
                ? Optional.of(new VendorBalance(Math.round(remaining.asDouble()), "vendor.unit.credits", clock.instant()))
                : Optional.empty();
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
        return "Evolink";
    }

    @Override
    public String keySetting() {
        return "atelier.providers.evolink.api-key";
    }

    @Override
    public VendorConnection connection() {
        return connection;
    }
}
