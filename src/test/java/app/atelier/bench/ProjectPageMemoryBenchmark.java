package app.atelier.bench;

import app.atelier.TestAccounts;
import app.atelier.journey.Chromium;
import com.microsoft.playwright.Page;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What an open project page costs the server (prints figures, not a test):
 * {@code mvn -DskipTests package && mvn -Pbench -DskipTests test -Dbench.main=app.atelier.journey.ProjectPageMemoryBenchmark}
 * ({@code -Dbench.jar=…} measures another build).
 * <p>
 * The production jar on H2; through the REST API, a project with {@value #RESULTS} finished videos
 * (camera motions of {@value #PHOTOS} photos) and one with {@value #ANCHOR_RESULTS}. Real Chromium
 * windows, each in a browser of its own, sign in and open a project from the gallery as a member
 * does; 20, then 50, then 100 of them stay open on the big project. After each step the server's
 * live heap (a full collection, {@code jcmd GC.class_histogram}) is read, and what it grew by since
 * none was open is divided by the pages open. The anchor, in the same run: 20 pages of the small
 * project; "each page more" is what the pages opened since the step before added, each (caches that
 * grow with the number of sessions count in the first step only). Twenty windows are opened and closed first, so that caches and thread pools have grown
 * to what they keep. Target: at most 1 MB per open page with {@value #RESULTS} results, and about the anchor's.
 */
public final class ProjectPageMemoryBenchmark {

    static final int RESULTS = 50;
    static final int PHOTOS = 10;
    static final int ANCHOR_RESULTS = 3;
    private static final String MEMBER = "memoire@agence-du-port.fr";
    private static final List<String> MOTIONS = List.of("ZOOM_IN", "ZOOM_OUT", "PAN_LEFT", "PAN_RIGHT", "PAN_UP");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProductionServer server;
    private final String key;
    private final String photo;

    private ProjectPageMemoryBenchmark(ProductionServer server, String key, String photo) {
        this.server = server;
        this.key = key;
        this.photo = photo;
    }

    public static void main(String[] args) throws Exception {
        var files = SoakBenchmark.filesServer();
        var server = ProductionServer.start("memory", "1g", Map.of("ATELIER_ADMIN_EMAIL", MEMBER,
                        "ATELIER_ADMIN_PASSWORD", TestAccounts.PASSWORD, "ATELIER_ADMIN_TEAMNAME", "Agence du Port",
                        "ATELIER_ADMIN_NAME", "Claire Martin"),
                "--atelier.media.import-trusted-hosts=localhost", "--atelier.api.requests-per-minute=10000");
        var chromium = new Chromium();
        var pages = new ArrayList<Page>();
        try {
            chromium.beforeAll(null);
            var first = chromium.newPage("fr-FR", 1440, 900);
            Chromium.signIn(first, server.port(), MEMBER);
            var bench = new ProjectPageMemoryBenchmark(server, server.newKey(first, "Mémoire"),
                    "http://localhost:" + files.getPort() + "/photo.jpg");
            first.context().close();
            var big = bench.project("Domaine des Cent Oliviers", PHOTOS, MOTIONS);
            var small = bench.project("Villa Les Pins", ANCHOR_RESULTS, MOTIONS.subList(0, 1));

            // classes loaded, caches filled and thread pools grown before anything is measured
            for (int i = 0; i < 10; i++) {
                bench.open(chromium, small, pages);
                bench.open(chromium, big, pages);
            }
            Chromium.screenshot(pages.getLast(), "project-many-results-fr");
            closeAll(pages);
            long baseline = server.liveHeap();
            for (int i = 0; i < 20; i++) {
                bench.open(chromium, small, pages);
            }
            double anchor = (server.liveHeap() - baseline) / 20.0;
            System.out.printf("%nAnchor: a project with %d results, 20 open pages: %,.0f KB per page (%d cards drawn)%n",
                    ANCHOR_RESULTS, anchor / 1024, cards(pages.getFirst()));
            closeAll(pages);
            baseline = server.liveHeap();

            System.out.printf("A project with %d finished videos:%n%6s %12s %12s %14s %8s %10s%n", RESULTS, "pages", "heap grown",
                    "per page", "each page more", "cards", "/anchor");
            long before = 0;
            for (int target : new int[] {20, 50, 100}) {
                int opened = pages.size();
                while (pages.size() < target) {
                    bench.open(chromium, big, pages);
                }
                long grown = server.liveHeap() - baseline;
                double perPage = grown / (double) target;
                System.out.printf("%6d %9.1f MB %9.0f KB %11.0f KB %8d %9.2fx%n", target, grown / 1048576.0, perPage / 1024,
                        (grown - before) / 1024.0 / (target - opened), cards(pages.getFirst()), perPage / anchor);
                before = grown;
            }
        } finally {
            closeAll(pages);
            chromium.afterAll(null);
            server.close();
            files.close();
        }
    }

    /** A project of {@code photos} photos, each animated with every one of {@code motions}; once all are done. */
    private String project(String name, int photos, List<String> motions) throws InterruptedException {
        var urls = IntStream.range(0, photos).mapToObj(i -> "\"" + photo + "\"").collect(Collectors.joining(", "));
        var made = post("""
                {"provider": "local", "imageUrls": [%s], "projectName": "%s",
                 "options": {"motion": "%s", "format": "LANDSCAPE", "duration": "5"}}""".formatted(urls, name, motions.getFirst()));
        var project = made.get("projectId").asString();
        var ids = new ArrayList<String>();
        made.get("generationIds").forEach(id -> ids.add(id.asString()));
        var photoIds = JSON.readTree(get("/api/v1/projects/" + project + "/photos"));
        var listed = new ArrayList<String>();
        photoIds.forEach(found -> listed.add("\"" + found.get("id").asString() + "\""));
        for (var motion : motions.subList(1, motions.size())) {
            post("""
                    {"provider": "local", "projectId": "%s", "photoIds": [%s],
                     "options": {"motion": "%s", "format": "LANDSCAPE", "duration": "5"}}"""
                    .formatted(project, String.join(", ", listed), motion))
                    .get("generationIds").forEach(id -> ids.add(id.asString()));
        }
        var deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        for (var id : ids) {
            while (true) {
                var state = JSON.readTree(get("/api/v1/generations/" + id)).path("state").asString();
                if (state.equals("SUCCEEDED")) {
                    break;
                }
                if (!state.equals("QUEUED") && !state.equals("SUBMITTED") && !state.equals("RUNNING") || System.nanoTime() > deadline) {
                    throw new IllegalStateException("generation " + id + " is " + state);
                }
                Thread.sleep(500);
            }
        }
        System.out.printf("%s: %d videos made%n", name, ids.size());
        return project;
    }

    /** A browser of its own signs in, lands on the gallery and opens the project from its card. */
    private void open(Chromium chromium, String project, List<Page> pages) {
        var page = chromium.newPage("fr-FR", 1440, 900);
        Chromium.signIn(page, server.port(), MEMBER);
        page.locator("a[href='projects/" + project + "']").first().click();
        page.locator(".generation-card").first().waitFor();
        page.waitForLoadState();
        pages.add(page);
    }

    private static int cards(Page page) {
        return page.locator(".generation-card").count();
    }

    private static void closeAll(List<Page> pages) {
        pages.forEach(page -> page.context().close());
        pages.clear();
    }

    private JsonNode post(String body) {
        var response = ProductionServer.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/generations"))
                .header("x-api-key", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private String get(String path) {
        return ProductionServer.send(HttpRequest.newBuilder(URI.create(server.base() + path)).header("x-api-key", key).build()).body();
    }
}
