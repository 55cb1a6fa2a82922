package app.atelier.sandbox.internal;

import app.atelier.render.ClipLength;
import app.atelier.render.Motion;
import app.atelier.render.VideoFormat;
import app.atelier.sandbox.SandboxProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Evolink's {@code wan2.5-image-to-video}, simulated: the page's request rules (one image of at most
 * 10 MB with sides in [360, 2000], a prompt of at most 2000, duration 5 or 10, quality, an https
 * callback to a public address of at most 2048 characters), its task object with progress and an
 * estimate, and its error bodies {@code {"error": {"code", "message", "type"}}}.
 */
@RestController
@ConditionalOnProperty(prefix = "atelier.sandbox", name = "enabled", havingValue = "true", matchIfMissing = true)
@RequestMapping("/sandbox/evolink/v1")
class EvolinkSandbox extends SimulatedVendor {

    static final String API = "evolink";
    static final String MODEL = "wan2.5-image-to-video";
    static final Set<String> QUALITIES = Set.of("480p", "720p", "1080p");
    static final int STARTING_CREDITS = 5000;

    EvolinkSandbox(SandboxTasks tasks, SandboxInputs inputs, SandboxWorkshop workshop, SandboxProperties settings,
                   JsonMapper json, Clock clock, SandboxGate gate) {
        super(Set.of(API), tasks, inputs, workshop, settings, json, clock, gate);
    }

    @PostMapping("/videos/generations")
    ResponseEntity<JsonNode> create(@RequestHeader(value = "Authorization", required = false) @Nullable String authorization,
                                    @RequestBody(required = false) @Nullable JsonNode body) {
        if (!bearerAccepted(authorization)) {
            return error(401, "unauthorized", "Invalid API key", "authentication_error");
        }
        if (body == null || !body.isObject()) {
            return invalid("The body must be a JSON object");
        }
        if (!MODEL.equals(body.path("model").asString(""))) {
            return invalid("model must be " + MODEL);
        }
        var prompt = body.get("prompt");
        if (prompt == null || !prompt.isString() || prompt.asString().isBlank()) {
            return invalid("prompt is required");
        }
        if (prompt.asString().length() > 2000) {
            return invalid("prompt is limited to 2000 characters");
        }
        var images = body.get("image_urls");
        if (images == null || !images.isArray() || images.isEmpty()) {
            return invalid("image_urls is required: image-to-video takes 1 image");
        }
        if (images.size() > 1) {
            return invalid("image_urls takes exactly 1 image");
        }
        var duration = body.get("duration");
        if (duration != null && !duration.isNull() && (!duration.isIntegralNumber() || duration.asInt() != 5 && duration.asInt() != 10)) {
            return invalid("duration must be 5 or 10");
        }
        var quality = body.get("quality");
        if (quality != null && !quality.isNull() && !QUALITIES.contains(quality.asString(""))) {
            return invalid("quality must be 480p, 720p or 1080p");
        }
        var extend = body.get("prompt_extend");
        if (extend != null && !extend.isNull() && !extend.isBoolean()) {
            return invalid("prompt_extend must be true or false");
        }
        var callback = body.get("callback_url");
        if (callback != null && !callback.isNull()) {
            var problem = callbackProblem(callback.asString(""), gate);
            if (problem != null) {
                return invalid(problem);
            }
        }
        var id = "task-unified-" + clock.instant().getEpochSecond() + "-" + suffix();
        var image = inputs.fetch(images.get(0).asString(""), workshop.input(id));
        if (image.isEmpty()) {
            return invalid("The image at image_urls[0] cannot be downloaded");
        }
        if (image.get().bytes() > 10_000_000) {
            return invalid("The image is larger than 10MB");
        }
        if (Math.min(image.get().width(), image.get().height()) < 360 || Math.max(image.get().width(), image.get().height()) > 2000) {
            return invalid("Image width and height must be within [360, 2000] pixels");
        }
        if (image.get().alpha()) {
            return invalid("PNG images with a transparent channel are not supported");
        }
        add(id, API, body, optional(body, "callback_url"));
        return ResponseEntity.ok(task(tasks.find(id).orElseThrow(), base()));
    }

    @GetMapping("/tasks/{id}")
    ResponseEntity<JsonNode> task(@RequestHeader(value = "Authorization", required = false) @Nullable String authorization,
                                  @PathVariable String id) {
        if (!bearerAccepted(authorization)) {
            return error(401, "unauthorized", "Invalid API key", "authentication_error");
        }
        return tasks.find(id).filter(task -> task.api().equals(API))
                .map(task -> ResponseEntity.ok((JsonNode) task(task, base())))
                .orElseGet(() -> error(404, "task_not_found", "Task " + id + " not found", "invalid_request_error"));
    }

    @GetMapping("/credits")
    ResponseEntity<JsonNode> credits(@RequestHeader(value = "Authorization", required = false) @Nullable String authorization) {
        if (!bearerAccepted(authorization)) {
            return error(401, "unauthorized", "Invalid API key", "authentication_error");
        }
        var answer = json.createObjectNode();
        answer.putObject("data").putObject("user").put("remaining_credits", Math.max(0, STARTING_CREDITS - 5 * tasks.count(API)));
        return ResponseEntity.ok(answer);
    }

    /** The task object, as creation, query and callback give it. */
    private ObjectNode task(SandboxTasks.Task task, String base) {
        var request = json.readTree(task.request());
        var now = clock.instant();
        var answer = json.createObjectNode();
        answer.put("created", task.createdAt().getEpochSecond());
        answer.put("id", task.id());
        answer.put("model", MODEL);
        answer.put("object", "video.generation.task");
        answer.put("progress", task.progress(now));
        answer.put("status", switch (task.status()) {
            case RUNNING -> task.progress(now) == 0 ? "pending" : "processing";
            case SUCCEEDED -> "completed";
            case FAILED -> "failed";
        });
        var info = answer.putObject("task_info");
        info.put("can_cancel", task.status() == SandboxTasks.Status.RUNNING);
        info.put("estimated_time", settings.duration().toSeconds());
        answer.put("type", "video");
        var usage = answer.putObject("usage");
        usage.put("billing_rule", "per_call");
        usage.put("credits_reserved", request.path("duration").asInt(5));
        usage.put("user_group", "default");
        if (task.status() == SandboxTasks.Status.SUCCEEDED) {
            answer.putArray("results").add(SandboxFiles.url(base, task));
        }
        if (task.status() == SandboxTasks.Status.FAILED) {
            var error = answer.putObject("error");
            error.put("code", "generation_failed");
            error.put("message", String.valueOf(task.errorMessage()));
        }
        return answer;
    }

    private static @Nullable String callbackProblem(String callback, SandboxGate gate) {
        URI uri;
        try {
            uri = URI.create(callback);
        } catch (IllegalArgumentException notAnAddress) {
            return "callback_url is not a valid URL";
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return "callback_url must use HTTPS";
        }
        if (callback.length() > 2048) {
            return "callback_url must not exceed 2048 characters";
        }
        var internal = gate.callbackProblem(callback);
        return internal == null ? null : "callback_url " + internal;
    }


    private static String suffix() {
        var letters = "abcdefghijklmnopqrstuvwxyz0123456789";
        var random = ThreadLocalRandom.current();
        var out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            out.append(letters.charAt(random.nextInt(letters.length())));
        }
        return out.toString();
    }

    private ResponseEntity<JsonNode> invalid(String message) {
        return error(400, "invalid_request", message, "invalid_request_error");
    }

    private ResponseEntity<JsonNode> error(int status, String code, String message, String type) {
        var body = errorBody(code, message);
        ((ObjectNode) body.get("error")).put("type", type);
        return ResponseEntity.status(status).body(body);
    }


    @Override
    public SandboxWorkshop.Order order(SandboxTasks.Task task) {
        var request = json.readTree(task.request());
        return new SandboxWorkshop.Motioned(Motion.ZOOM_IN, VideoFormat.LANDSCAPE,
                request.path("duration").asInt(5) == 10 ? ClipLength.TEN_SECONDS : ClipLength.FIVE_SECONDS,
                request.path("prompt").asString(""));
    }

    @Override
    public JsonNode callback(SandboxTasks.Task task, String base) {
        return task(task, base);
    }
}
