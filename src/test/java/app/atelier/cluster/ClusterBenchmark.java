package app.atelier.cluster;

import app.atelier.bench.ProductionServer;
import app.atelier.journey.Chromium;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

/**
 * One node against two behind HAProxy ({@code mvn -DskipTests package && mvn -Pbench -DskipTests test
 * -Dbench.main=app.atelier.cluster.ClusterBenchmark}): 400 sandbox generations (IA Créa animations,
 * called back through the balancer, and Wan 2.5 videos, polled), each simulated generation taking 2 s,
 * asked for by four callers at once in requests of five; submissions accepted per second, request
 * times, and generations finished per minute. Rounds alternate one and two nodes ({@code
 * -Dbench.rounds}, 2 by default), each on a fresh database and bucket. On two cores the point is that
 * a second node adds no contention of its own (locks, LISTEN/NOTIFY), not that it doubles anything.
 */
public final class ClusterBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int REQUESTS = 80;
    private static final List<String> ASKS = List.of(
            "{\"provider\": \"iacrea-animation\", \"projectId\": \"%s\", \"photoIds\": %s, \"options\": {\"motion\": \"ZOOM_OUT\", \"format\": \"LANDSCAPE\"}, \"webhook\": \"%s\"}",
            "{\"provider\": \"evolink-wan\", \"projectId\": \"%s\", \"photoIds\": %s, \"options\": {\"prompt\": \"Travelling lent\", \"duration\": \"5\", \"quality\": \"480p\"}, \"webhook\": \"%s\"}");

    private ClusterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 2);
        var lines = new ArrayList<String>();
        for (int round = 1; round <= rounds; round++) {
            for (int nodes : new int[] {1, 2}) {
                lines.add(once(nodes, round));
            }
        }
        System.out.printf(Locale.ROOT, "%n%d generations of 2 s each through HAProxy, 4 callers, %d cores%n", REQUESTS * 5,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "  %-10s %-6s %14s %10s %10s %16s%n", "round", "nodes", "accepted/s", "p50 ms", "p95 ms", "finished/min");
        lines.forEach(System.out::println);
        System.exit(0);
    }

    private static String once(int nodes, int round) throws Exception {
        try (var cluster = TestCluster.start(nodes, List.of("--atelier.api.requests-per-minute=100000",
                "--atelier.sandbox.duration=2s", "--atelier.jobs.threads=16"))) {
            var chromium = new Chromium();
            chromium.beforeAll(null);
            String key;
            try {
                var page = chromium.newPage("fr-FR", 1280, 800);
                page.navigate(cluster.base() + "/login");
                page.locator("input[name=username]").fill(TestCluster.ADMIN);
                page.locator("input[name=password]").fill(app.atelier.TestAccounts.PASSWORD);
                page.locator("vaadin-login-form vaadin-button").first().click();
                page.waitForURL(url -> !url.contains("/login"));
                key = ProductionServer.newKey(page, cluster.base(), "Bench");
            } finally {
                chromium.afterAll(null);
            }
            var base = cluster.base();
            var caller = cluster.caller();
            var created = JSON.readTree(send(base, key, "{\"provider\": \"iacrea-animation\", \"imageUrls\": %s, \"projectName\": \"Banc\", \"options\": {\"motion\": \"ZOOM_IN\", \"format\": \"LANDSCAPE\"}}"
                    .formatted(JSON.writeValueAsString(caller.photoUrls(TestCluster.PHOTOS)))));
            var project = created.get("projectId").asString();
            var photos = new ArrayList<String>();
            JSON.readTree(ProductionServer.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/projects/" + project + "/photos"))
                    .header("x-api-key", key).build()).body()).forEach(photo -> photos.add(photo.get("id").asString()));
            awaitEnded(cluster, TestCluster.PHOTOS, Duration.ofMinutes(2));
            int before = cluster.ended();

            var times = new ConcurrentLinkedQueue<Long>();
            long start = System.nanoTime();
            try (var callers = Executors.newFixedThreadPool(4)) {
                for (int i = 0; i < REQUESTS; i++) {
                    var body = ASKS.get(i % ASKS.size()).formatted(project, JSON.writeValueAsString(photos), caller.url("/hook"));
                    callers.submit(() -> {
                        long sent = System.nanoTime();
                        send(base, key, body);
                        times.add(System.nanoTime() - sent);
                    });
                }
            }
            double submitting = (System.nanoTime() - start) / 1e9;
            awaitEnded(cluster, before + REQUESTS * 5, Duration.ofMinutes(10));
            double finishing = (System.nanoTime() - start) / 1e9;
            var sorted = new ArrayList<>(times);
            Collections.sort(sorted);
            return String.format(Locale.ROOT, "  %-10d %-6d %14.1f %10.0f %10.0f %16.0f", round, nodes, REQUESTS * 5 / submitting,
                    sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 95 / 100) / 1e6, REQUESTS * 5 / finishing * 60);
        }
    }

    private static String send(String base, String key, String body) {
        var response = ProductionServer.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/generations"))
                .header("x-api-key", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static void awaitEnded(TestCluster cluster, int count, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (cluster.ended() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(cluster.ended() + " of " + count + " ended");
            }
            Thread.sleep(100);
        }
    }
}
