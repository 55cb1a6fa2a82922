package app.atelier.sandbox.internal;

import app.atelier.render.ClipLength;
import app.atelier.render.Motion;
import app.atelier.render.VideoFormat;
import app.atelier.sandbox.Sandbox;
import app.atelier.sandbox.SandboxProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * IA Créa's animation v2 and exterior creation, simulated on the pages' exact paths and bodies. The
 * pages document no errors: the sandbox answers 400 or 404 with {@code {"message": ...}}, and 401
 * when {@code x-api-key} is not the sandbox's key.
 */
@RestController
@ConditionalOnProperty(prefix = "atelier.sandbox", name = "enabled", havingValue = "true", matchIfMissing = true)
@RequestMapping("/sandbox/iacrea/api")
class IaCreaSandbox extends SimulatedVendor {

    static final String ANIMATION = "iacrea-animation";
    static final String EXTERIOR = "iacrea-exterior";
    static final String USER = Sandbox.IACREA_USER;
    static final Set<String> OPTIONS = Set.of("ZOOM_IN", "ZOOM_OUT", "PAN_RIGHT", "PAN_LEFT", "PAN_UP", "PAN_DOWN",
            "CAMERA_PUSH_OUT", "AUTO_EFFECTS", "AUTO_REVERSE");
    static final Set<String> ROOM_TYPES = Set.of("TERRACE", "POOL", "PETANQUE");
    static final int STARTING_VIDEOS = 500;
    static final int STARTING_PHOTOS = 500;

    IaCreaSandbox(SandboxTasks tasks, SandboxInputs inputs, SandboxWorkshop workshop, SandboxProperties settings,
                  JsonMapper json, Clock clock, SandboxGate gate) {
        super(Set.of(ANIMATION, EXTERIOR), tasks, inputs, workshop, settings, json, clock, gate);
    }

    @PostMapping("/animation/v2/generate")
    ResponseEntity<JsonNode> generate(@RequestHeader(value = "x-api-key", required = false) @Nullable String key,
            @RequestHeader(value = "Authorization", required = false) @Nullable String authorization,
                                      @RequestBody(required = false) @Nullable JsonNode body) {
        var refused = refused(key(key, authorization), body, "image_urls", "option");
        if (refused != null) {
            return refused;
        }
        var urls = body.get("image_urls");
        if (!urls.isArray() || urls.isEmpty() || !urls.get(0).isString()) {
            return error(400, "image_urls must be an array of image URLs");
        }
        var option = body.get("option").asString();
        if (!OPTIONS.contains(option)) {
            return error(400, "option must be one of " + String.join(", ", OPTIONS.stream().sorted().toList()));
        }
        var id = UUID.randomUUID().toString();
        if (inputs.fetch(urls.get(0).asString(), workshop.input(id)).isEmpty()) {
            return error(400, "The image at image_urls[0] cannot be downloaded");
        }
        return created(id, ANIMATION, body, "remaining_videos", STARTING_VIDEOS);
    }

    @PostMapping("/animation/v2/get")
    ResponseEntity<JsonNode> getAnimation(@RequestHeader(value = "x-api-key", required = false) @Nullable String key,
            @RequestHeader(value = "Authorization", required = false) @Nullable String authorization,
                                          @RequestBody(required = false) @Nullable JsonNode body) {
        return get(key(key, authorization), body, ANIMATION, "IN_PROGRESS");
    }

    @PostMapping("/create_exterior/generate")
    ResponseEntity<JsonNode> exterior(@RequestHeader(value = "x-api-key", required = false) @Nullable String key,
            @RequestHeader(value = "Authorization", required = false) @Nullable String authorization,
                                      @RequestBody(required = false) @Nullable JsonNode body) {
        var refused = refused(key(key, authorization), body, "image_url", "mask_url", "room_type", "width", "height");
        if (refused != null) {
            return refused;
        }
        if (!ROOM_TYPES.contains(body.get("room_type").asString())) {
            return error(400, "room_type must be TERRACE, POOL or PETANQUE");
        }
        if (!body.get("width").isIntegralNumber() || !body.get("height").isIntegralNumber()) {
            return error(400, "width and height must be whole numbers of pixels");
        }
        var id = UUID.randomUUID().toString();
        var image = inputs.fetch(body.get("image_url").asString(), workshop.input(id));
        if (image.isEmpty()) {
            return error(400, "The image at image_url cannot be downloaded");
        }
        if (image.get().width() != body.get("width").asInt() || image.get().height() != body.get("height").asInt()) {
            return error(400, "width and height must be those of the image (" + image.get().width() + "x"
                    + image.get().height() + ")");
        }
        var mask = inputs.fetch(body.get("mask_url").asString(), workshop.mask(id));
        if (mask.isEmpty()) {
            return error(400, "The mask at mask_url cannot be downloaded");
        }
        if (mask.get().width() != image.get().width() || mask.get().height() != image.get().height()) {
            return error(400, "The mask must be the size of the image");
        }
        return created(id, EXTERIOR, body, "remaining_photos", STARTING_PHOTOS);
    }

    @PostMapping("/create_exterior/generate-variation")
    ResponseEntity<JsonNode> variation(@RequestHeader(value = "x-api-key", required = false) @Nullable String key,
            @RequestHeader(value = "Authorization", required = false) @Nullable String authorization,
                                       @RequestBody(required = false) @Nullable JsonNode body) {
        var refused = refused(key(key, authorization), body, "generation_id", "original_url", "room_type");
        if (refused != null) {
            return refused;
        }
        var previous = tasks.find(body.get("generation_id").asString()).filter(task -> task.api().equals(EXTERIOR));
        if (previous.isEmpty()) {
            return error(404, "No exterior creation " + body.get("generation_id").asString());
        }
        if (!ROOM_TYPES.contains(body.get("room_type").asString())) {
            return error(400, "room_type must be TERRACE, POOL or PETANQUE");
        }
        var id = UUID.randomUUID().toString();
        if (inputs.fetch(body.get("original_url").asString(), workshop.input(id)).isEmpty()) {
            return error(400, "The image at original_url cannot be downloaded");
        }
        var maskUrl = body.get("mask_url");
        if (maskUrl != null && !maskUrl.isNull()) {
            if (inputs.fetch(maskUrl.asString(), workshop.mask(id)).isEmpty()) {
                return error(400, "The mask at mask_url cannot be downloaded");
            }
        } else {
            try {
                java.nio.file.Files.copy(workshop.here(previous.get().id(), "mask"), workshop.mask(id),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.io.IOException lost) {
                return error(400, "The previous generation's mask is no longer available");
            }
        }
        add(id, EXTERIOR, body, optional(body, "webhook"));
        var answer = json.createObjectNode();
        answer.put("generation_id", id);
        return ResponseEntity.ok(answer);
    }

    @PostMapping("/create_exterior/get")
    ResponseEntity<JsonNode> getExterior(@RequestHeader(value = "x-api-key", required = false) @Nullable String key,
            @RequestHeader(value = "Authorization", required = false) @Nullable String authorization,
                                         @RequestBody(required = false) @Nullable JsonNode body) {
        return get(key(key, authorization), body, EXTERIOR, "PROCESSING");
    }

    @PostMapping("/account/credit")
    ResponseEntity<JsonNode> credit(@RequestHeader(value = "x-api-key", required = false) @Nullable String key,
            @RequestHeader(value = "Authorization", required = false) @Nullable String authorization,
                                    @RequestBody(required = false) @Nullable JsonNode body) {
        var refused = refused(key(key, authorization), body);
        if (refused != null) {
            return refused;
        }
        var answer = json.createObjectNode();
        int subscription = Math.max(0, STARTING_VIDEOS - count(ANIMATION));
        answer.put("total", subscription + 20);
        answer.put("subscription", subscription);
        answer.put("extra", 20);
        return ResponseEntity.ok(answer);
    }

    private ResponseEntity<JsonNode> get(@Nullable String key, @Nullable JsonNode body, String api, String working) {
        var refused = refused(key, body, "generation_id");
        if (refused != null) {
            return refused;
        }
        var task = tasks.find(body.get("generation_id").asString()).filter(found -> found.api().equals(api));
        if (task.isEmpty()) {
            return error(404, "No generation " + body.get("generation_id").asString());
        }
        return ResponseEntity.ok(state(task.get(), base(), working));
    }

    /** What {@code get} says of a task (and what its webhook carries). */
    private ObjectNode state(SandboxTasks.Task task, String base, String working) {
        var answer = json.createObjectNode();
        switch (task.status()) {
            case RUNNING -> answer.put("status", task.progress(clock.instant()) < 10 ? "STARTING" : working);
            case FAILED -> answer.put("status", "FAILED");
            case SUCCEEDED -> {
                answer.put("status", "SUCCEEDED");
                answer.putArray("urls").add(SandboxFiles.url(base, task));
            }
        }
        if (task.api().equals(EXTERIOR)) {
            answer.put("variationNumber", variations(task));
        }
        return answer;
    }

    /** How many variations came before this one in its line. */
    private int variations(SandboxTasks.Task task) {
        int count = 0;
        var current = task;
        while (count < 100) {
            var parent = json.readTree(current.request()).get("generation_id");
            if (parent == null) {
                return count;
            }
            var found = tasks.find(parent.asString());
            if (found.isEmpty()) {
                return count + 1;
            }
            current = found.get();
            count++;
        }
        return count;
    }

    /** The key as {@code x-api-key} (the pages) or as a bearer token (IA Créa's newer hosts). */
    private static @Nullable String key(@Nullable String header, @Nullable String authorization) {
        return header != null ? header
                : authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
    }

    /** The key, a JSON object, the user, and the required fields, in that order. */
    private @Nullable ResponseEntity<JsonNode> refused(@Nullable String key, @Nullable JsonNode body, String... required) {
        if (!gate.keyAccepted(key)) {
            return error(401, "Invalid API key");
        }
        if (body == null || !body.isObject()) {
            return error(400, "The body must be a JSON object");
        }
        var user = body.get("user_id");
        if (user == null || !user.isString() || user.asString().isBlank()) {
            return error(400, "user_id is required");
        }
        if (!USER.equals(user.asString())) {
            return error(403, "This API key does not belong to user " + user.asString());
        }
        for (var field : required) {
            var value = body.get(field);
            if (value == null || value.isNull() || value.isString() && value.asString().isBlank()) {
                return error(400, field + " is required");
            }
        }
        var webhook = body.get("webhook");
        if (webhook != null && !webhook.isNull() && !webhook.asString("").isBlank()) {
            var problem = gate.callbackProblem(webhook.asString(""));
            if (problem != null) {
                return error(400, "webhook " + problem);
            }
        }
        return null;
    }

    /** Records the task and answers as the generate endpoints do: the id, what is left, the vendor's project. */
    private ResponseEntity<JsonNode> created(String id, String api, JsonNode body, String remaining, int starting) {
        add(id, api, body, optional(body, "webhook"));
        var answer = json.createObjectNode();
        answer.put("generation_id", id);
        answer.put(remaining, Math.max(0, starting - count(api)));
        answer.put("project_id", UUID.nameUUIDFromBytes(id.getBytes()).toString());
        return ResponseEntity.ok(answer);
    }

    private int count(String api) {
        return tasks.count(api);
    }

    private ResponseEntity<JsonNode> error(int status, String message) {
        return ResponseEntity.status(status).body(json.valueToTree(Map.of("message", message)));
    }


    @Override
    public SandboxWorkshop.Order order(SandboxTasks.Task task) {
        var request = json.readTree(task.request());
        if (task.api().equals(EXTERIOR)) {
            return new SandboxWorkshop.Exterior(request.path("room_type").asString());
        }
        var option = request.path("option").asString();
        var motion = switch (option) {
            case "AUTO_EFFECTS" -> Motion.ZOOM_IN;
            case "AUTO_REVERSE" -> Motion.ZOOM_OUT;
            default -> Motion.valueOf(option);
        };
        var format = "portrait".equals(request.path("format").asString("").toLowerCase(Locale.ROOT))
                ? VideoFormat.PORTRAIT : VideoFormat.LANDSCAPE;
        return new SandboxWorkshop.Motioned(motion, format, ClipLength.FIVE_SECONDS, "");
    }

    @Override
    public JsonNode callback(SandboxTasks.Task task, String base) {
        var body = state(task, base, "IN_PROGRESS");
        body.put("generation_id", task.id());
        return body;
    }
}
