package app.atelier.bench;

import app.atelier.TestAccounts;
import app.atelier.journey.Chromium;
import app.atelier.media.TestPhotos;
import com.microsoft.playwright.Page;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Soak check (prints figures, not a test): the production jar on its embedded H2 database, with a
 * pool that retires each connection after 30 s (Hikari's shortest), written to in every way a team
 * writes for several lifetimes, and every write must succeed. H2 2.4.240 refused every write to a
 * table with a CHECK constraint once the connection that created the schema was retired (about half
 * an hour after start with the default lifetime).
 * <p>
 * Each cycle: through the REST API, a camera motion on the local engine with a webhook, a Wan 2.5
 * video and an exterior on the sandbox (projects, photos, files, generations, credits, sandbox tasks,
 * webhooks); in Chromium, as the admin, a verdict and a comment, an invitation answered by a new
 * member in a browser of their own, credits given, an e-mail choice ticked. A failure is a refused
 * request, a generation that did not succeed, an error shown in the interface or an error in the
 * server's log.
 * <p>
 * {@code mvn -DskipTests package && mvn -Pbench -DskipTests test -Dbench.main=app.atelier.journey.SoakBenchmark}
 * ({@code -Dsoak.minutes=5} by default: ten lifetimes).
 */
public final class SoakBenchmark {

    private static final String ADMIN = "soak-admin@agence-du-port.fr";
    private static final int LIFETIME_SECONDS = 30;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ERROR = Pattern.compile("\\sERROR\\s");

    private final Map<String, AtomicInteger> writes = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> generations = new ArrayList<>();
    private final String base;
    private final MockWebServer files;
    private String key = "";

    private SoakBenchmark(ProductionServer server, MockWebServer files) {
        this.base = server.base();
        this.files = files;
    }

    public static void main(String[] args) throws Exception {
        var minutes = Integer.getInteger("soak.minutes", 5);
        var files = filesServer();
        System.out.printf("Soak: connections retired after %d s, for %d min%n", LIFETIME_SECONDS, minutes);
        var server = ProductionServer.start("soak", "768m", Map.of("ATELIER_ADMIN_EMAIL", ADMIN,
                        "ATELIER_ADMIN_PASSWORD", TestAccounts.PASSWORD, "ATELIER_ADMIN_TEAMNAME", "Agence du Port",
                        "ATELIER_ADMIN_NAME", "Claire Martin"),
                "--spring.datasource.hikari.max-lifetime=" + LIFETIME_SECONDS * 1000,
                "--atelier.media.import-trusted-hosts=localhost",
                "--atelier.api.webhook-trusted-hosts=localhost",
                "--atelier.api.requests-per-minute=10000",
                "--atelier.sandbox.duration=3s");
        var log = server.log();
        var port = server.port();
        var chromium = new Chromium();
        var soak = new SoakBenchmark(server, files);
        long started = System.nanoTime();
        try {
            chromium.beforeAll(null);
            var admin = chromium.newPage("fr-FR", 1440, 900);
            Chromium.signIn(admin, port, ADMIN);
            soak.key = server.newKey(admin, "Soak");
            long end = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
            int cycle = 0;
            String finishedProject = null;
            while (System.nanoTime() < end) {
                cycle++;
                var project = soak.api(cycle);
                soak.interface_(chromium, admin, cycle, finishedProject);
                finishedProject = project;
                soak.serverLogSays(log);
                if (!server.alive()) {
                    soak.failures.add("the server stopped");
                    break;
                }
            }
            soak.awaitGenerations();
            soak.serverLogSays(log);
            chromium.takeViolations().forEach(refused -> soak.failures.add("Content-Security-Policy: " + refused));
            soak.report(cycle, System.nanoTime() - started);
        } finally {
            chromium.afterAll(null);
            server.close();
            files.close();
        }
        System.exit(soak.failures.isEmpty() ? 0 : 1);
    }

    /** Three generations through the REST API; the project of the first, to review once it is done. */
    private String api(int cycle) {
        var photo = fileUrl("/photo.jpg");
        var local = post("/api/v1/generations", """
                {"provider": "local", "imageUrls": ["%s"], "projectName": "Soak %d",
                 "options": {"motion": "ZOOM_IN", "format": "SQUARE", "duration": "5"}, "webhook": "%s"}"""
                .formatted(photo, cycle, fileUrl("/hook")), "local generation");
        var wan = post("/api/v1/generations", """
                {"provider": "evolink-wan", "imageUrls": ["%s"], "projectName": "Soak Wan %d",
                 "options": {"prompt": "Travelling lent vers la piscine", "duration": "5", "quality": "480p"}}"""
                .formatted(photo, cycle), "Wan 2.5 generation");
        var exterior = post("/api/create_exterior/generate", """
                {"image_url": "%s", "mask_url": "%s", "room_type": "TERRACE", "width": 1600, "height": 1000}"""
                .formatted(photo, fileUrl("/mask.png")), "exterior");
        if (exterior != null) {
            generations.add("exterior:" + exterior.get("generation_id").asString());
        }
        if (wan != null) {
            wan.get("generationIds").forEach(id -> generations.add("v1:" + id.asString()));
        }
        if (local == null) {
            return null;
        }
        local.get("generationIds").forEach(id -> generations.add("v1:" + id.asString()));
        return local.get("projectId").asString();
    }

    /** An address on the files server, by the host name the server is told to trust. */
    private String fileUrl(String path) {
        return "http://localhost:" + files.getPort() + path;
    }

    /** What the admin does in the interface in one cycle. */
    private void interface_(Chromium chromium, Page admin, int cycle, String project) {
        act(admin, "e-mail choice", () -> {
            admin.navigate(base + "/settings");
            admin.locator(".mail-generation-ended").click();
            admin.locator(".settings-saved").getByText("Enregistré.").waitFor();
        });
        var email = "soak-" + cycle + "-" + UUID.randomUUID().toString().substring(0, 6) + "@agence-du-port.fr";
        String[] link = new String[1];
        act(admin, "invitation", () -> {
            admin.navigate(base + "/team");
            admin.locator(".invite-member").click();
            admin.locator(".invite-dialog vaadin-email-field input").fill(email);
            admin.locator(".create-invitation").click();
            var address = admin.locator(".invite-address input");
            address.waitFor();
            link[0] = address.inputValue();
            admin.keyboard().press("Escape");
        });
        if (link[0] != null) {
            var invitee = chromium.newPage("en-GB", 390, 844);
            try {
                act(invitee, "new member", () -> {
                    invitee.navigate(link[0].replace("http://localhost:8080", base));
                    invitee.locator(".join-name input").fill("Invité " + cycle);
                    invitee.locator(".join-page vaadin-password-field input").fill(TestAccounts.PASSWORD);
                    invitee.locator(".answer-link").click();
                    invitee.waitForURL("**/login?joined*");
                });
            } finally {
                invitee.context().close();
            }
        }
        act(admin, "credits given", () -> {
            admin.navigate(base + "/team");
            var row = admin.locator(".member-row", new Page.LocatorOptions().setHasText("Claire Martin"));
            row.locator(".member-actions").click();
            admin.locator("vaadin-menu-bar-item.member-credits-action").click();
            var dialog = admin.locator(".member-credits-dialog");
            dialog.locator("vaadin-radio-button").nth(cycle % 2).click();
            dialog.locator("vaadin-integer-field input").first().fill("3");
            dialog.locator("vaadin-text-field input").first().fill("Soak " + cycle);
            dialog.locator(".give-credits").click();
            admin.locator("vaadin-notification-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Soak")).or(dialog.locator(".member-balances")).first().waitFor();
            admin.keyboard().press("Escape");
        });
        if (project != null) {
            act(admin, "verdict and comment", () -> {
                admin.navigate(base + "/projects/" + project);
                var approve = admin.locator(".approve-result").first();
                approve.waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(120_000));
                admin.locator(".review-thread-panel").first().click();
                admin.locator(".review-comment textarea").first().fill("Cycle " + cycle + " : parfait.");
                approve.click();
                com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(approve).hasAttribute("aria-pressed", "true");
            });
        }
    }

    /** Runs one interface action; a failure is an exception or an error notification. */
    private void act(Page page, String what, Runnable action) {
        try {
            action.run();
            var shown = page.locator("vaadin-notification-card").allTextContents();
            if (shown.stream().anyMatch(text -> text.contains("référence") || text.contains("reference"))) {
                failures.add(what + ": the interface said " + shown);
            } else {
                count(what);
            }
        } catch (RuntimeException failed) {
            Chromium.screenshot(page, "soak-failure-" + what.replace(' ', '-'));
            failures.add(what + ": " + String.join(" ", failed.getMessage().lines().map(String::strip).limit(8).toList()));
        }
    }

    private JsonNode post(String path, String body, String what) {
        var response = ProductionServer.send(HttpRequest.newBuilder(URI.create(base + path)).header("x-api-key", key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() / 100 != 2) {
            failures.add(what + ": HTTP " + response.statusCode() + " " + response.body());
            return null;
        }
        count(what);
        return JSON.readTree(response.body());
    }

    /** Waits for every generation asked for to end; one that did not succeed is a failure. */
    private void awaitGenerations() throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        for (var generation : generations) {
            var exterior = generation.startsWith("exterior:");
            var id = generation.substring(generation.indexOf(':') + 1);
            while (true) {
                var response = exterior
                        ? ProductionServer.send(HttpRequest.newBuilder(URI.create(base + "/api/create_exterior/get")).header("x-api-key", key)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"generation_id\": \"" + id + "\"}")).build())
                        : ProductionServer.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/generations/" + id)).header("x-api-key", key).build());
                var state = JSON.readTree(response.body()).path(exterior ? "status" : "state").asString();
                if (state.equals("SUCCEEDED")) {
                    count("generations succeeded");
                    break;
                }
                if (state.equals("FAILED") || state.equals("CANCELLED") || response.statusCode() / 100 != 2) {
                    failures.add("generation " + id + " ended " + state + ": " + response.body());
                    break;
                }
                if (System.nanoTime() > deadline) {
                    failures.add("generation " + id + " still " + state + " at the end");
                    break;
                }
                Thread.sleep(500);
            }
        }
    }

    private int logLinesRead;

    /** Errors in the server's log since the last look (a browser that closed is not one: see ClosedBrowserNoise). */
    private void serverLogSays(Path log) throws IOException {
        var lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        for (int i = logLinesRead; i < lines.size(); i++) {
            var line = lines.get(i);
            if (ERROR.matcher(line).find() || line.contains("Check constraint invalid")) {
                failures.add("server log: " + line);
            }
        }
        logLinesRead = lines.size();
    }

    private void report(int cycles, long nanos) {
        var created = prometheus().lines().filter(line -> line.startsWith("hikaricp_connections_creation_seconds_count"))
                .map(line -> line.substring(line.lastIndexOf(' ') + 1)).findFirst().orElse("?");
        double minutes = nanos / 60e9;
        System.out.printf("%nSoak over: %.1f min (%.1f connection lifetimes), %d cycles%n", minutes, minutes * 60 / LIFETIME_SECONDS, cycles);
        System.out.printf("Connections the pool opened: %s%n", created);
        writes.forEach((what, count) -> System.out.printf("  %-26s %5d%n", what, count.get()));
        System.out.printf("Failures: %d%n", failures.size());
        failures.forEach(failure -> System.out.println("  - " + failure));
    }

    private String prometheus() {
        var credentials = Base64.getEncoder().encodeToString((ADMIN + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return ProductionServer.send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus")).header("Authorization", "Basic " + credentials)
                .build()).body();
    }

    private void count(String what) {
        writes.computeIfAbsent(what, ignored -> new AtomicInteger()).incrementAndGet();
    }

    /** Serves the photo and the mask the API imports, and answers webhooks. */
    static MockWebServer filesServer() throws IOException {
        var photo = TestPhotos.jpeg(1600, 1000);
        var mask = mask(1600, 1000);
        var server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return switch (request.getUrl().encodedPath()) {
                    case "/photo.jpg" -> new MockResponse.Builder().code(200).addHeader("Content-Type", "image/jpeg").body(new Buffer().write(photo)).build();
                    case "/mask.png" -> new MockResponse.Builder().code(200).addHeader("Content-Type", "image/png").body(new Buffer().write(mask)).build();
                    case "/hook" -> new MockResponse.Builder().code(204).build();
                    default -> new MockResponse.Builder().code(404).build();
                };
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        return server;
    }

    private static byte[] mask(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(width / 4, height / 2, width / 2, height / 3);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
