package app.atelier.bench;

import com.microsoft.playwright.Page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The production jar ({@code mvn -DskipTests package}, or {@code -Dbench.jar=…}) started as a process
 * of its own on a fresh H2 data directory, as an installation runs: for the benchmarks that must see
 * what production mode does (the development mode keeps a stack trace per component).
 */
final class ProductionServer implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern TOTAL = Pattern.compile("Total\\s+\\d+\\s+(\\d+)");

    private final Process process;
    private final int port;
    private final Path dataDir;
    private final Path log;

    private ProductionServer(Process process, int port, Path dataDir, Path log) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
        this.log = log;
    }

    /** Starts the jar with this heap, these settings and this environment, and waits until it answers. */
    static ProductionServer start(String name, String heap, Map<String, String> environment, String... settings) throws Exception {
        var jar = jar();
        var dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "bench-data")), name + "-").toAbsolutePath();
        var port = freePort();
        var log = dataDir.resolve("server.log");
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(),
                "--server.port=" + port, "--atelier.data-dir=" + dataDir));
        command.addAll(List.of(settings));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        System.out.printf("%s on H2 in %s%n", jar.getFileName(), dataDir);
        var server = new ProductionServer(builder.start(), port, dataDir, log);
        server.awaitUp();
        return server;
    }

    String base() {
        return "http://localhost:" + port;
    }

    int port() {
        return port;
    }

    Path log() {
        return log;
    }

    Path dataDir() {
        return dataDir;
    }

    boolean alive() {
        return process.isAlive();
    }

    /**
     * The bytes of the objects still reachable in the server's heap, after the full collection a class
     * histogram makes ({@code jcmd GC.class_histogram}).
     */
    long liveHeap() throws IOException, InterruptedException {
        var jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(process.pid()), "GC.class_histogram").redirectErrorStream(true).start();
        var output = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        var total = TOTAL.matcher(output);
        if (!total.find()) {
            throw new IllegalStateException("jcmd said: " + output.lines().limit(5).toList());
        }
        return Long.parseLong(total.group(1));
    }

    /** A new API key, made on the API page by whoever is signed in on {@code page}. */
    String newKey(Page page, String name) {
        page.navigate(base() + "/api-keys");
        page.locator(".new-api-key").click();
        page.locator(".api-key-name input").fill(name);
        page.locator(".create-key").click();
        var value = page.locator(".new-api-key-value input");
        value.waitFor();
        var made = value.inputValue();
        page.keyboard().press("Escape");
        return made;
    }

    /** The last lines of the server's log. */
    String tail() throws IOException {
        var lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private void awaitUp() throws Exception {
        var deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped while starting:\n" + tail());
            }
            try {
                if (send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health")).build()).body().contains("\"UP\"")) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The server did not start:\n" + tail());
    }

    private static Path jar() throws IOException {
        var given = System.getProperty("bench.jar", "");
        if (!given.isBlank()) {
            return Path.of(given).toAbsolutePath();
        }
        try (var found = Files.list(Path.of("target"))) {
            return found.filter(file -> file.getFileName().toString().matches("atelier-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No production jar in target/: run mvn -DskipTests package first"));
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
