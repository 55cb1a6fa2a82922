package app.atelier.sandbox.internal;

import app.atelier.render.ClipLength;
import app.atelier.render.Motion;
import app.atelier.render.VideoFormat;
import app.atelier.sandbox.SandboxProperties;
import app.atelier.shared.Ids;
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

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;

/**
 * AceData Cloud's Luma, simulated: {@code POST /luma/videos} (generate or extend; with a
 * {@code callback_url} it answers at once with the task id, without one it waits until the video is
 * made, as the real one does) and {@code POST /luma/tasks} (retrieve, retrieve_batch of up to 50),
 * with the page's error bodies {@code {"error": {"code", "message"}, "trace_id"}}.
 */
@RestController
@ConditionalOnProperty(prefix = "atelier.sandbox", name = "enabled", havingValue = "true", matchIfMissing = true)
@RequestMapping("/sandbox/luma/luma")
class LumaSandbox extends SimulatedVendor {

    static final String API = "luma";
    static final Set<String> ASPECT_RATIOS = Set.of("16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "9:21");
    static final int BATCH = 50;

    LumaSandbox(SandboxTasks tasks, SandboxInputs inputs, SandboxWorkshop workshop, SandboxProperties settings,
                JsonMapper json, Clock clock, SandboxGate gate) {
        super(Set.of(API), tasks, inputs, workshop, settings, json, clock, gate);
    }

    @PostMapping("/videos")
    ResponseEntity<JsonNode> videos(@RequestHeader(value = "Authorization", required = false) @Nullable String authorization,
                                    @RequestBody(required = false) @Nullable JsonNode body) throws InterruptedException {
        var refused = refused(authorization, body);
        if (refused != null) {
            return refused;
        }
        var action = body.path("action").asString("generate");
        if (!action.equals("generate") && !action.equals("extend")) {
            return error(400, "bad_request", "action must be generate or extend");
        }
        var ratio = body.get("aspect_ratio");
        if (ratio != null && !ratio.isNull() && !ASPECT_RATIOS.contains(ratio.asString(""))) {
            return error(400, "bad_request", "aspect_ratio must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, 9:21");
        }
        for (var flag : new String[]{"loop", "enhancement"}) {
            var value = body.get(flag);
            if (value != null && !value.isNull() && !value.isBoolean()) {
                return error(400, "bad_request", flag + " must be true or false");
            }
        }
        var callbackUrl = body.get("callback_url");
        if (callbackUrl != null && !callbackUrl.isNull() && !callbackUrl.asString("").isBlank()) {
            var problem = gate.callbackProblem(callbackUrl.asString(""));
            if (problem != null) {
                return error(400, "bad_request", "callback_url " + problem);
            }
        }
        var id = UUID.randomUUID().toString();
        if (action.equals("extend")) {
            var earlier = earlier(body);
            if (earlier == null) {
                return error(400, "bad_request", "video_id or video_url must name an earlier video");
            }
            try {
                Files.copy(workshop.here(earlier.id(), "input"), workshop.input(id));
            } catch (java.io.IOException lost) {
                return error(400, "bad_request", "The earlier video can no longer be extended");
            }
        } else {
            var start = body.get("start_image_url");
            var prompt = body.get("prompt");
            if ((start == null || start.isNull()) && (prompt == null || prompt.asString("").isBlank())) {
                return error(400, "bad_request", "prompt or start_image_url is required");
            }
            if (start == null || start.isNull()) {
                return error(400, "bad_request", "The sandbox makes videos from a start image: start_image_url is required");
            }
            if (inputs.fetch(start.asString(""), workshop.input(id)).isEmpty()) {
                return error(400, "bad_request", "The image at start_image_url cannot be downloaded");
            }
            var end = body.get("end_image_url");
            if (end != null && !end.isNull() && inputs.fetch(end.asString(""), workshop.lastFrame(id)).isEmpty()) {
                return error(400, "bad_request", "The image at end_image_url cannot be downloaded");
            }
        }
        var now = clock.instant();
        var callback = body.get("callback_url");
        boolean waits = callback == null || callback.isNull() || callback.asString("").isBlank();
        add(id, API, body, waits ? null : callback.asString());
        if (!waits) {
            var answer = json.createObjectNode();
            answer.put("task_id", id);
            return ResponseEntity.ok(answer);
        }
        // no callback: the call blocks until the video is made, or gives up after its timeout (504)
        var deadline = now.plus(Duration.ofSeconds(Math.max(1, body.path("timeout").asInt(300))));
        while (clock.instant().isBefore(deadline)) {
            var task = tasks.find(id).orElseThrow();
            if (task.status() != SandboxTasks.Status.RUNNING) {
                return ResponseEntity.ok(response(task, base()));
            }
            Thread.sleep(200);
        }
        return error(504, "timeout", "The video was not ready within the timeout");
    }

    @PostMapping("/tasks")
    ResponseEntity<JsonNode> retrieve(@RequestHeader(value = "Authorization", required = false) @Nullable String authorization,
                                      @RequestBody(required = false) @Nullable JsonNode body) {
        var refused = refused(authorization, body);
        if (refused != null) {
            return refused;
        }
        var action = body.path("action").asString("");
        var base = base();
        if (action.equals("retrieve")) {
            var id = body.path("id").asString("");
            return tasks.find(id).filter(task -> task.api().equals(API))
                    .map(task -> ResponseEntity.ok((JsonNode) record(task, base)))
                    .orElseGet(() -> error(404, "not_found", "No task " + id));
        }
        if (action.equals("retrieve_batch")) {
            var ids = body.get("ids");
            if (ids == null || !ids.isArray() || ids.isEmpty() || ids.size() > BATCH) {
                return error(400, "bad_request", "ids must list 1 to 50 task ids");
            }
            var wanted = new ArrayList<String>();
            ids.forEach(id -> wanted.add(id.asString("")));
            var answer = json.createObjectNode();
            var items = answer.putArray("items");
            tasks.findAll(wanted).stream().filter(task -> task.api().equals(API)).forEach(task -> items.add(record(task, base)));
            answer.put("count", items.size());
            return ResponseEntity.ok(answer);
        }
        return error(400, "bad_request", "action must be retrieve or retrieve_batch");
    }

    /** A task as {@code /luma/tasks} gives it: its request, its response, and when it finished. */
    private ObjectNode record(SandboxTasks.Task task, String base) {
        var record = json.createObjectNode();
        record.put("id", task.id());
        record.put("created_at", task.createdAt().toString());
        record.set("request", json.readTree(task.request()));
        record.set("response", response(task, base));
        if (task.finishedAt() != null) {
            record.put("finished_at", task.finishedAt().toString());
        }
        return record;
    }

    /** What the video call answers once done, and what the callback carries. */
    private ObjectNode response(SandboxTasks.Task task, String base) {
        var request = json.readTree(task.request());
        var answer = json.createObjectNode();
        answer.put("task_id", task.id());
        answer.put("prompt", request.path("prompt").asString(""));
        switch (task.status()) {
            case RUNNING -> answer.put("state", "processing");
            case FAILED -> {
                answer.put("success", false);
                var error = answer.putObject("error");
                error.put("code", "forbidden");
                error.put("message", String.valueOf(task.errorMessage()));
            }
            case SUCCEEDED -> {
                var format = format(request);
                answer.put("success", true);
                answer.put("state", "completed");
                answer.put("video_id", flipped(task.id()));
                answer.put("video_url", SandboxFiles.url(base, task));
                answer.put("video_width", format.width());
                answer.put("video_height", format.height());
            }
        }
        return answer;
    }

    /**
     * A video's id from its task's, and back: a UUID of its own (as Luma's are), from which the task is
     * found again without a search.
     */
    static String flipped(String id) {
        var uuid = UUID.fromString(id);
        return new UUID(~uuid.getMostSignificantBits(), ~uuid.getLeastSignificantBits()).toString();
    }

    /** The finished task of the video an extension names, by {@code video_id} or by {@code video_url}. */
    private SandboxTasks.@Nullable Task earlier(JsonNode body) {
        var videoId = body.path("video_id").asString("");
        var videoUrl = body.path("video_url").asString("");
        String taskId;
        if (Ids.parse(videoId).isPresent()) {
            taskId = flipped(videoId);
        } else {
            var match = java.util.regex.Pattern.compile("/sandbox/files/([^/]+)/").matcher(videoUrl);
            taskId = match.find() ? match.group(1) : "";
        }
        return tasks.find(taskId).filter(task -> task.api().equals(API))
                .filter(task -> task.status() == SandboxTasks.Status.SUCCEEDED).orElse(null);
    }

    private static VideoFormat format(JsonNode request) {
        return switch (request.path("aspect_ratio").asString("16:9")) {
            case "9:16", "3:4", "9:21" -> VideoFormat.PORTRAIT;
            case "1:1" -> VideoFormat.SQUARE;
            default -> VideoFormat.LANDSCAPE;
        };
    }

    private @Nullable ResponseEntity<JsonNode> refused(@Nullable String authorization, @Nullable JsonNode body) {
        if (authorization == null || authorization.isBlank()) {
            return error(400, "no_token", "An API token is required");
        }
        if (!bearerAccepted(authorization)) {
            return error(401, "invalid_token", "The API token is invalid");
        }
        if (body == null || !body.isObject()) {
            return error(400, "bad_request", "The body must be a JSON object");
        }
        return null;
    }

    private ResponseEntity<JsonNode> error(int status, String code, String message) {
        var body = errorBody(code, message);
        body.put("trace_id", UUID.randomUUID().toString());
        return ResponseEntity.status(status).body(body);
    }


    @Override
    public SandboxWorkshop.Order order(SandboxTasks.Task task) {
        var request = json.readTree(task.request());
        var extend = request.path("action").asString("").equals("extend");
        // an end frame is cross-faded to, a loop comes back to the first frame: what Luma itself would do
        boolean toLastFrame = !extend && workshop.has(task.id(), "end");
        return new SandboxWorkshop.Motioned(extend ? Motion.PAN_RIGHT : Motion.ZOOM_IN, format(request),
                ClipLength.FIVE_SECONDS, request.path("prompt").asString(""), toLastFrame, request.path("loop").asBoolean(false));
    }

    @Override
    public JsonNode callback(SandboxTasks.Task task, String base) {
        return response(task, base);
    }
}
