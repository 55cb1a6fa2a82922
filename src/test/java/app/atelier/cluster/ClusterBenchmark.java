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
 * asked for by four callers at once in requests of five, after a warm-up of 100 not counted;
 * submissions accepted per second, request times, generations finished per minute, the nodes' CPU
 * time per generation, and, sampled every 100 ms in PostgreSQL, the sessions waiting on a lock and
 * the LISTEN/NOTIFY queue's use. Rounds alternate one and two nodes ({@code -Dbench.rounds}, 1 by
 * default), each on a fresh database and bucket. On two cores the point is that a second node adds no
 * contention of its own (locks, LISTEN/NOTIFY), not that it doubles anything.
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
        int rounds = Integer.getInteger("bench.rounds", 1);
        var lines = new ArrayList<String>();
        for (int round = 1; round <= rounds; round++) {
            for (int nodes : new int[] {1, 2}) {
                lines.add(once(nodes, round));
            }
        }
        System.out.printf(Locale.ROOT, "%n%d generations of 2 s each through HAProxy, 4 callers, %d cores%n", REQUESTS * 5,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "  %-6s %-6s %11s %8s %8s %13s %12s %12s %10s%n", "round", "nodes", "accepted/s", "p50 ms",
                "p95 ms", "finished/min", "CPU ms/gen", "lock waits", "notify q");
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
            // warm-up: the nodes' code compiled, pools grown, before anything is counted
            submitAll(base, key, project, photos, caller, REQUESTS / 4, new ConcurrentLinkedQueue<>());
            awaitEnded(cluster, TestCluster.PHOTOS + REQUESTS / 4 * 5, Duration.ofMinutes(10));
            int before = cluster.ended();
            var cpuBefore = cpu(cluster, nodes);

            var times = new ConcurrentLinkedQueue<Long>();
            var sampler = new Sampler(cluster);
            sampler.start();
            long start = System.nanoTime();
            submitAll(base, key, project, photos, caller, REQUESTS, times);
            double submitting = (System.nanoTime() - start) / 1e9;
            awaitEnded(cluster, before + REQUESTS * 5, Duration.ofMinutes(10));
            double finishing = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            sampler.join();
            var cpuPerGeneration = (cpu(cluster, nodes) - cpuBefore) / 1e6 / (REQUESTS * 5);
            var sorted = new ArrayList<>(times);
            Collections.sort(sorted);
            return String.format(Locale.ROOT, "  %-6d %-6d %11.1f %8.0f %8.0f %13.0f %12.0f %12s %10s", round, nodes,
                    REQUESTS * 5 / submitting, sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 95 / 100) / 1e6,
                    REQUESTS * 5 / finishing * 60, cpuPerGeneration, sampler.locks(), sampler.queue());
        }
    }

    private static void submitAll(String base, String key, String project, List<String> photos, CallerSide caller, int requests,
                                  ConcurrentLinkedQueue<Long> times) {
        try (var callers = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < requests; i++) {
                var body = ASKS.get(i % ASKS.size()).formatted(project, JSON.writeValueAsString(photos), caller.url("/hook"));
                callers.submit(() -> {
                    long sent = System.nanoTime();
                    send(base, key, body);
                    times.add(System.nanoTime() - sent);
                });
            }
        }
    }

    /** The CPU time of every node so far, in nanoseconds. */
    private static long cpu(TestCluster cluster, int nodes) {
        long total = 0;
        for (int i = 1; i <= nodes; i++) {
            total += cluster.node(i).cpu().toNanos();
        }
        return total;
    }

    /** Samples PostgreSQL every 100 ms: sessions of this database waiting on a lock, and LISTEN/NOTIFY's queue. */
    private static final class Sampler extends Thread {

        private final TestCluster cluster;
        private final List<Integer> waiting = new ArrayList<>();
        private double queue;

        Sampler(TestCluster cluster) {
            this.cluster = cluster;
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                waiting.add(cluster.jdbc().sql("""
                        SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'""")
                        .query(Integer.class).single());
                queue = Math.max(queue, cluster.jdbc().sql("SELECT pg_notification_queue_usage()").query(Double.class).single());
                try {
                    Thread.sleep(100);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }

        /** Mean and most sessions waiting on a lock. */
        String locks() {
            return String.format(Locale.ROOT, "%.2f / %d", waiting.stream().mapToInt(Integer::intValue).average().orElse(0),
                    waiting.stream().mapToInt(Integer::intValue).max().orElse(0));
        }

        String queue() {
            return String.format(Locale.ROOT, "%.4f%%", queue * 100);
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
