package app.atelier.cluster;

import app.atelier.bench.ProductionServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * HAProxy (Debian's package) in front of nodes on loopback, with the configuration the project ships
 * ({@code deploy/haproxy.cfg}): only what differs between Docker's network and loopback is changed —
 * the address it listens on, the nodes' addresses, and no Docker DNS.
 */
final class Balancer implements AutoCloseable {

    private static final Path SHIPPED = Path.of("deploy", "haproxy.cfg");

    private final Process process;
    private final int port;
    private final Path log;

    private Balancer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Where HAProxy is, when it is installed. */
    static java.util.Optional<Path> installed() {
        return java.util.stream.Stream.of("/usr/sbin/haproxy", "/usr/bin/haproxy", "/usr/local/sbin/haproxy")
                .map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /**
     * Starts HAProxy on {@code port} in front of {@code nodes} (name → port on 127.0.0.1), checked first
     * with {@code haproxy -c}.
     */
    static Balancer start(Path folder, int port, Map<String, Integer> nodes) throws IOException, InterruptedException {
        var haproxy = installed().orElseThrow(() -> new IllegalStateException("HAProxy is not installed (apt-get install haproxy)"));
        var config = folder.resolve("haproxy.cfg");
        Files.writeString(config, configuration(Files.readString(SHIPPED), port, nodes));
        var check = new ProcessBuilder(haproxy.toString(), "-c", "-f", config.toString()).redirectErrorStream(true).start();
        var said = new String(check.getInputStream().readAllBytes());
        if (check.waitFor() != 0) {
            throw new IllegalStateException("haproxy -c refused the configuration:\n" + said);
        }
        var log = folder.resolve("haproxy.log");
        var process = new ProcessBuilder(haproxy.toString(), "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Balancer(process, port, log);
    }

    /** The shipped configuration, moved from Docker's network to loopback. */
    static String configuration(String shipped, int port, Map<String, Integer> nodes) {
        var servers = nodes.entrySet().stream()
                .map(node -> "    server %s 127.0.0.1:%d check cookie %s".formatted(node.getKey(), node.getValue(), node.getKey()))
                .collect(Collectors.joining("\n"));
        var moved = shipped
                .replaceAll("(?m)^# Docker's own DNS.*\\n", "")
                .replaceAll("(?m)^resolvers docker\\n(    .*\\n)+", "")
                .replace(" resolvers docker", "")
                .replace("bind :8080", "bind 127.0.0.1:" + port)
                .replaceAll("(?m)^    server node\\d+ .*$\\n?", "");
        if (moved.contains("resolvers") || !moved.contains("bind 127.0.0.1:" + port)) {
            throw new IllegalStateException("deploy/haproxy.cfg changed shape: the test cannot move it to loopback");
        }
        return moved.stripTrailing() + "\n" + servers + "\n";
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** HAProxy's own log (one line per request, and every server it takes out or back). */
    String log() throws IOException {
        return Files.readString(log);
    }

    /** Waits until requests pinned to {@code server} reach it. */
    void awaitUp(String server, Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy stopped:\n" + log());
            }
            if (serverUp(server)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("HAProxy did not find " + server + " up:\n" + log());
    }

    /** A request pinned to {@code server} is answered by it: UP, and no cookie for another node. */
    private boolean serverUp(String server) {
        try {
            var response = ProductionServer.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                    .header("Cookie", "ATELIER_NODE=" + server).build());
            return response.statusCode() == 200 && response.headers().firstValue("set-cookie").isEmpty();
        } catch (java.io.UncheckedIOException notYet) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
