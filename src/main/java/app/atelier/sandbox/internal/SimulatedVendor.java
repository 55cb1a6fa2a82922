package app.atelier.sandbox.internal;

import app.atelier.sandbox.SandboxProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.util.Set;

/** What the simulated vendor APIs share: the task store, the inputs they fetch, the workshop, the clock. */
abstract class SimulatedVendor implements SandboxApi {

    private final Set<String> apis;
    final SandboxTasks tasks;
    final SandboxInputs inputs;
    final SandboxWorkshop workshop;
    final SandboxProperties settings;
    final JsonMapper json;
    final Clock clock;
    final SandboxGate gate;

    /** @param apis the names of the tasks it makes */
    SimulatedVendor(Set<String> apis, SandboxTasks tasks, SandboxInputs inputs, SandboxWorkshop workshop,
                    SandboxProperties settings, JsonMapper json, Clock clock, SandboxGate gate) {
        this.gate = gate;
        this.apis = Set.copyOf(apis);
        this.tasks = tasks;
        this.inputs = inputs;
        this.workshop = workshop;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /** Whether an {@code Authorization: Bearer <key>} header carries the sandbox's key. */
    boolean bearerAccepted(@Nullable String authorization) {
        return authorization != null && authorization.startsWith("Bearer ") && gate.keyAccepted(authorization.substring(7));
    }

    @Override
    public boolean owns(String api) {
        return apis.contains(api);
    }

    /** {@code {"error": {"code", "message"}}}, the shape Evolink's and AceData's errors share. */
    ObjectNode errorBody(String code, String message) {
        var body = json.createObjectNode();
        var error = body.putObject("error");
        error.put("code", code);
        error.put("message", message);
        return body;
    }

    /** Records a task received now, due after the sandbox's duration. */
    void add(String id, String api, JsonNode request, @Nullable String callbackUrl) {
        // another node may make it, or serve what this one made
        workshop.publishInputs(id);
        var now = clock.instant();
        tasks.add(id, api, json.writeValueAsString(request), callbackUrl, now, now.plus(settings.duration()));
    }

    /** A text field of a request, if it is there and not null. */
    static @Nullable String optional(JsonNode request, String field) {
        var value = request.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** This application's address as the caller reached it: where result files are served. */
    static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
