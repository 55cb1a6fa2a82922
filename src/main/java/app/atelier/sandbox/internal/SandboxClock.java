package app.atelier.sandbox.internal;

import app.atelier.sandbox.SandboxProperties;
import app.atelier.shared.LocalServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Ends the sandbox's tasks when their time has come and their file is made (or fails those whose
 * prompt asked for it with {@code #fail}), then calls back where a callback address was given: up
 * to four tries, 1, 2 and 4 s apart, as Evolink documents. A task whose file a restart interrupted
 * is simply made again.
 */
@Component
class SandboxClock implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SandboxClock.class);
    private static final int BATCH = 200;
    /** How long a node keeps the making of a task to itself before another may take it up. */
    private static final Duration MAKING_CLAIM = Duration.ofMinutes(2);
    private static final List<Duration> CALLBACK_WAITS = List.of(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(4));

    private final SandboxTasks tasks;
    private final SandboxWorkshop workshop;
    private final List<SandboxApi> apis;
    private final SandboxProperties settings;
    private final LocalServer server;
    private final JsonMapper json;
    private final Clock clock;
    private final SandboxGate gate;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    private volatile boolean running;

    SandboxClock(SandboxTasks tasks, SandboxWorkshop workshop, List<SandboxApi> apis, SandboxProperties settings,
                 LocalServer server, JsonMapper json, Clock clock, SandboxGate gate) {
        this.gate = gate;
        this.tasks = tasks;
        this.workshop = workshop;
        this.apis = apis;
        this.settings = settings;
        this.server = server;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void start() {
        if (!settings.enabled() || running) {
            return;
        }
        if (ticker.isShutdown()) {
            ticker = Executors.newSingleThreadScheduledExecutor();
        }
        running = true;
        long every = settings.tick().toMillis();
        ticker.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        ticker.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    void tick() {
        try {
            var base = server.base().orElse(null);
            if (base == null) {
                return;
            }
            for (var task : tasks.due(clock.instant(), BATCH)) {
                end(task);
            }
            for (var task : tasks.toCallBack(BATCH)) {
                if (!tasks.claimCallback(task.id())) {
                    // another node took it
                    continue;
                }
                var body = api(task).callback(task, base);
                Thread.ofVirtual().start(() -> callBack(task, json.writeValueAsString(body)));
            }
        } catch (RuntimeException broken) {
            log.warn("The sandbox's clock failed a tick", broken);
        }
    }

    private void end(SandboxTasks.Task task) {
        var api = api(task);
        if (task.request().contains("#fail")) {
            tasks.finish(task.id(), SandboxTasks.Status.FAILED, null, "sandbox_failure",
                    "The sandbox failed this generation, as its prompt asked (#fail)", clock.instant());
            return;
        }
        var made = workshop.resultHere(task.id());
        if (made.isPresent()) {
            tasks.finish(task.id(), SandboxTasks.Status.SUCCEEDED, made.get(), null, null, clock.instant());
            return;
        }
        // one node makes it: this one if it is on it already, or if no node holds it (none did, or one stopped)
        if (workshop.isMaking(task.id()) || !tasks.claimMaking(task.id(), clock.instant(), clock.instant().plus(MAKING_CLAIM))) {
            return;
        }
        var madeElsewhere = workshop.result(task.id());
        if (madeElsewhere.isPresent()) {
            tasks.finish(task.id(), SandboxTasks.Status.SUCCEEDED, madeElsewhere.get(), null, null, clock.instant());
        } else {
            workshop.make(task.id(), api.order(task));
        }
    }

    private SandboxApi api(SandboxTasks.Task task) {
        return apis.stream().filter(api -> api.owns(task.api())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No sandbox API for " + task.api()));
    }

    private void callBack(SandboxTasks.Task task, String body) {
        var address = java.util.Objects.requireNonNull(task.callbackUrl());
        // checked when the task was asked for, and again now: a name may point elsewhere since
        var problem = gate.callbackProblem(address);
        if (problem != null) {
            log.warn("The sandbox does not call {} back: the address {}", task.id(), problem);
            return;
        }
        var target = URI.create(address);
        for (var wait : CALLBACK_WAITS) {
            try {
                Thread.sleep(wait);
                var response = http.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() / 100 == 2) {
                    return;
                }
                log.info("The sandbox's callback for {} got {}", task.id(), response.statusCode());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.io.IOException | IllegalArgumentException failed) {
                log.info("The sandbox's callback for {} failed: {}", task.id(), failed.toString());
            }
        }
    }
}
