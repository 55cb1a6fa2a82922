package app.atelier.bench;

import app.atelier.generation.GenerationRequest;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.ResultFile;
import app.atelier.provider.ResultType;
import app.atelier.provider.ScriptedProvider;
import app.atelier.provider.VendorStatus;
import app.atelier.render.TestVideos;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Webhook intake under load ({@code mvn -Pbench -DskipTests test -Dbench.main=app.atelier.journey.WebhookLoadBenchmark}).
 * The application runs with 50 generations at a vendor (the scripted one); for 30 s (or
 * {@code -Dbench.seconds}) 32 clients post valid webhooks to them as fast as they are answered, then
 * the same clients ask a trivial endpoint of the same application (a static file) for as long: the
 * anchor. It prints requests per second and errors of both, and the ratio (target ≥ 0.5x, 0 errors).
 * Then every generation's vendor says it is done and each gets 20 simultaneous webhooks: each must
 * succeed once, with one result and one settlement (no duplicate effects).
 */
public final class WebhookLoadBenchmark {

    private static final int GENERATIONS = 50;
    private static final int CLIENTS = 32;
    private static final int FINAL_DELIVERIES = 20;

    private WebhookLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var seconds = Duration.ofSeconds(Long.getLong("bench.seconds", 30));
        var app = BenchApp.start("webhooks", GENERATIONS, List.of(), "--server.port=0", "--atelier.jobs.fastest-poll=1h",
                "--atelier.sandbox.enabled=false");
        var video = Files.write(app.dataDir().resolve("video.mp4"), TestVideos.portraitClip());
        var files = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        files.createContext("/video.mp4", exchange -> {
            exchange.sendResponseHeaders(200, Files.size(video));
            try (var out = exchange.getResponseBody()) {
                Files.copy(video, out);
            }
        });
        files.start();
        try {
            int port = app.port();
            var jdbc = app.jdbc();
            var project = app.project(GENERATIONS);
            var vendor = app.bean(ScriptedProvider.class);
            var generations = app.submit(new GenerationRequest(project, app.photosOf(project), ScriptedProvider.ID,
                    GenerationKind.AI_VIDEO, Map.of("prompt", "Vue du jardin")));
            var deadline = Instant.now().plusSeconds(60);
            while (jdbc.sql("SELECT COUNT(*) FROM generation WHERE state = 'RUNNING'").query(Long.class).single() < GENERATIONS) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("The generations never reached the vendor");
                }
                Thread.sleep(100);
            }
            jdbc.sql("UPDATE generation SET next_poll_at = ?").param(OffsetDateTime.now(ZoneOffset.UTC).plusDays(1)).update();
            var webhooks = new ArrayList<URI>();
            var vendorIds = new ArrayList<String>();
            for (var request : vendor.submitted()) {
                webhooks.add(URI.create("http://127.0.0.1:" + port + request.callbackUrl().getPath()));
            }
            for (var generation : generations) {
                vendorIds.add(jdbc.sql("SELECT vendor_id FROM generation WHERE id = ?").param(generation).query(String.class).single());
            }
            vendorIds.forEach(id -> vendor.report(id, new VendorStatus.Running(50, null, "processing")));

            var client = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
            var body = "{\"status\": \"processing\"}";
            // warm up both, then measure each for the same time
            load(client, Duration.ofSeconds(5), i -> webhook(webhooks.get(i % webhooks.size()), body));
            load(client, Duration.ofSeconds(5), i -> trivial(port));
            int pollsBefore = vendor.polled().size();
            var intake = load(client, seconds, i -> webhook(webhooks.get(i % webhooks.size()), body));
            int polls = vendor.polled().size() - pollsBefore;
            var anchor = load(client, seconds, i -> trivial(port));

            System.out.printf(Locale.ROOT, "%nWebhook intake under load: %d clients, %d s each%n", CLIENTS, seconds.toSeconds());
            System.out.printf(Locale.ROOT, "  webhooks        %8.0f req/s   %d errors   (%d answered)%n", intake.perSecond(seconds), intake.errors(), intake.ok());
            System.out.printf(Locale.ROOT, "  vendor polls    %8.0f /s      (webhooks for one generation coalesce into one poll at a time)%n",
                    polls / (seconds.toMillis() / 1000.0));
            System.out.printf(Locale.ROOT, "  static file     %8.0f req/s   %d errors   (the anchor)%n", anchor.perSecond(seconds), anchor.errors());
            double ratio = intake.perSecond(seconds) / anchor.perSecond(seconds);
            System.out.printf(Locale.ROOT, "  ratio           %8.2fx         target >= 0.5x with 0 errors: %s%n", ratio,
                    ratio >= 0.5 && intake.errors() == 0 ? "met" : "NOT met");

            // the end: each generation told it is done, by 20 deliveries at once
            var results = URI.create("http://127.0.0.1:" + files.getAddress().getPort() + "/video.mp4");
            vendorIds.forEach(id -> vendor.report(id, new VendorStatus.Succeeded(List.of(new ResultFile.RemoteFile(results, ResultType.VIDEO)))));
            long refused = 0;
            for (var hook : webhooks) {
                var finals = new ArrayList<java.util.concurrent.CompletableFuture<HttpResponse<Void>>>();
                for (int i = 0; i < FINAL_DELIVERIES; i++) {
                    finals.add(client.sendAsync(webhook(hook, "{\"status\": \"completed\"}"), HttpResponse.BodyHandlers.discarding()));
                }
                refused += finals.stream().map(java.util.concurrent.CompletableFuture::join)
                        .filter(response -> response.statusCode() != 200).count();
            }
            deadline = Instant.now().plusSeconds(120);
            while (jdbc.sql("SELECT COUNT(*) FROM generation WHERE state = 'SUCCEEDED'").query(Long.class).single() < GENERATIONS
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            Thread.sleep(1000);
            long succeeded = jdbc.sql("SELECT COUNT(*) FROM generation WHERE state = 'SUCCEEDED'").query(Long.class).single();
            long resultRows = jdbc.sql("SELECT COUNT(*) FROM generation_result").query(Long.class).single();
            long settlements = jdbc.sql("SELECT COUNT(*) FROM credit_entry WHERE kind = 'SETTLE'").query(Long.class).single();
            System.out.printf(Locale.ROOT, "  duplicates      %d x %d deliveries: %d succeeded, %d results, %d settlements, %d refused: %s%n%n",
                    GENERATIONS, FINAL_DELIVERIES, succeeded, resultRows, settlements, refused,
                    succeeded == GENERATIONS && resultRows == GENERATIONS && settlements == GENERATIONS && refused == 0
                            ? "no duplicate effect" : "NOT as expected");
        } finally {
            files.stop(0);
            app.close();
        }
    }

    private static HttpRequest webhook(URI hook, String body) {
        return HttpRequest.newBuilder(hook).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpRequest trivial(int port) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/styles/atelier.css")).GET().build();
    }

    record Counts(long ok, long errors) {

        double perSecond(Duration time) {
            return (ok + errors) / (time.toMillis() / 1000.0);
        }
    }

    /** {@value #CLIENTS} clients, each sending its next request as soon as the last is answered. */
    private static Counts load(HttpClient client, Duration time, IntFunction<HttpRequest> request) throws InterruptedException {
        var ok = new AtomicLong();
        var errors = new AtomicLong();
        var end = Instant.now().plus(time);
        var threads = new ArrayList<Thread>();
        var next = new java.util.concurrent.atomic.AtomicInteger();
        for (int c = 0; c < CLIENTS; c++) {
            threads.add(Thread.ofVirtual().start(() -> {
                while (Instant.now().isBefore(end)) {
                    try {
                        var response = client.send(request.apply(next.getAndIncrement()), HttpResponse.BodyHandlers.discarding());
                        (response.statusCode() == 200 ? ok : errors).incrementAndGet();
                    } catch (java.io.IOException failed) {
                        errors.incrementAndGet();
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }));
        }
        for (var thread : threads) {
            thread.join();
        }
        return new Counts(ok.get(), errors.get());
    }
}
