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
public final class ProductionServer implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern TOTAL = Pattern.compile("Total\\s+\\d+\\s+(\\d+)");

    private final Process process;
    private final int port;
    private final Path dataDir;
    private final Path log;
    private final long launched;

    private ProductionServer(Process process, int port, Path dataDir, Path log, long launched) {
        this.launched = launched;
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
        this.log = log;
    }

    /** Starts the jar with this heap, these settings and this environment, and waits until it answers. */
    public static ProductionServer start(String name, String heap, Map<String, String> environment, String... settings) throws Exception {
        var server = launch(name, heap, environment, settings);
        server.awaitUp();
        return server;
    }

    /** Starts the jar as {@link #start} does, without waiting for it: {@link #awaitUp} does. */
    public static ProductionServer launch(String name, String heap, Map<String, String> environment, String... settings) throws IOException {
        return launch(name, List.of("-Xmx" + heap), jar(), environment, settings);
    }

    /** Starts {@code jar} with these options of the JVM, without waiting for it. */
    public static ProductionServer launch(String name, List<String> javaOptions, Path jar, Map<String, String> environment,
                                          String... settings) throws IOException {
        var dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "bench-data")), name + "-").toAbsolutePath();
        var port = freePort();
        var log = dataDir.resolve("server.log");
        var command = new ArrayList<>(List.of(java()));
        command.addAll(javaOptions);
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(),
                "--server.port=" + port, "--atelier.data-dir=" + dataDir));
        command.addAll(List.of(settings));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        var launched = System.nanoTime();
        return new ProductionServer(builder.start(), port, dataDir, log, launched);
    }

    public String base() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean alive() {
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
    public String newKey(Page page, String name) {
        return newKey(page, base(), name);
    }

    /** A new API key, made on the API page at {@code base} by whoever is signed in on {@code page}. */
    public static String newKey(Page page, String base, String name) {
        page.navigate(base + "/api-keys");
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
    public String tail() throws IOException {
        var lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    public static HttpResponse<byte[]> sendBytes(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    public static HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The CPU time the server's process has used so far. */
    public Duration cpu() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Ends the process at once, as a machine that dies would ({@code kill -9}). */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** The java command of the JDK running this. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Waits until the server says it is UP on {@code /actuator/health}.
     *
     * @return the time from its launch to the first UP
     */
    public Duration awaitUp() throws Exception {
        var deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped while starting:\n" + tail());
            }
            try {
                if (send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health")).build()).body().contains("\"UP\"")) {
                    return Duration.ofNanos(System.nanoTime() - launched);
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The server did not start:\n" + tail());
    }

    /** The production jar: {@code -Dbench.jar=…}, or the one in target/. */
    public static Path jar() throws IOException {
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
