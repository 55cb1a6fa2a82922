package app.atelier.cluster;

import app.atelier.PostgresAvailable;
import app.atelier.TestAccounts;
import app.atelier.TestS3;
import app.atelier.bench.ProductionServer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The production topology on loopback: a fresh PostgreSQL database, s3proxy, nodes of the production
 * jar sharing both and one installation secret, HAProxy in front with the shipped configuration, and
 * an agency's own system beside it ({@link CallerSide}). The first admin is {@link #ADMIN}; the sandbox
 * stands in for every vendor and calls back through the balancer.
 */
final class TestCluster implements AutoCloseable {

    static final String ADMIN = "claire.martin@agence-du-port.fr";
    static final int PHOTOS = 5;

    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private final List<ProductionServer> nodes = new ArrayList<>();
    private JdbcClient jdbc;
    private CallerSide caller;
    private Balancer balancer;
    private String base = "";

    private TestCluster() {
    }

    /** Starts {@code count} nodes with these settings beyond the cluster's own, one after the other. */
    static TestCluster start(int count, List<String> settings) throws Exception {
        var cluster = new TestCluster();
        try {
            cluster.startAll(count, settings);
            return cluster;
        } catch (Exception | AssertionError failed) {
            cluster.close();
            throw failed;
        }
    }

    private void startAll(int count, List<String> more) throws Exception {
        var database = open(FreshDatabase.create("atelier_cluster"));
        var s3 = open(TestS3.start());
        caller = open(CallerSide.start(PHOTOS));
        jdbc = JdbcClient.create(new DriverManagerDataSource(database.url(), PostgresAvailable.USER, PostgresAvailable.PASSWORD));
        int balancerPort = freePort();
        base = "http://127.0.0.1:" + balancerPort;
        var environment = Map.of("SPRING_PROFILES_ACTIVE", "postgres", "SPRING_DATASOURCE_URL", database.url(),
                "SPRING_DATASOURCE_USERNAME", PostgresAvailable.USER, "SPRING_DATASOURCE_PASSWORD", PostgresAvailable.PASSWORD,
                "ATELIER_SECRET_KEY", "cluster-" + UUID.randomUUID(),
                "ATELIER_ADMIN_EMAIL", ADMIN, "ATELIER_ADMIN_PASSWORD", TestAccounts.PASSWORD,
                "ATELIER_ADMIN_TEAMNAME", "Agence du Port", "ATELIER_ADMIN_NAME", "Claire Martin");
        var settings = new ArrayList<>(s3.nodeArguments("atelier-cluster"));
        settings.addAll(List.of("--atelier.public-url=" + base, "--atelier.media.import-trusted-hosts=localhost",
                "--atelier.api.webhook-trusted-hosts=localhost", "--atelier.credits.starting-video=100000",
                "--atelier.credits.starting-photo=100000"));
        settings.addAll(more);
        var ports = new LinkedHashMap<String, Integer>();
        // the first node creates the schema and the first admin; the others join them
        for (int i = 1; i <= count; i++) {
            var node = open(ProductionServer.start("node" + i, "640m", environment, settings.toArray(String[]::new)));
            nodes.add(node);
            ports.put("node" + i, node.port());
        }
        balancer = open(Balancer.start(nodes.getFirst().dataDir(), balancerPort, ports));
        for (var name : ports.keySet()) {
            balancer.awaitUp(name, Duration.ofSeconds(30));
        }
    }

    /** The balancer's address: members', scripts' and vendors' way in. */
    String base() {
        return base;
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    CallerSide caller() {
        return caller;
    }

    /** The node named {@code node<number>} (from 1). */
    ProductionServer node(int number) {
        return nodes.get(number - 1);
    }

    /** The name node {@code number}'s job runner goes by (its log says it as it starts). */
    String nodeName(int number) throws Exception {
        var marker = "Jobs run on this node as ";
        var said = Files.readAllLines(node(number).log()).stream().filter(line -> line.contains(marker)).findFirst().orElseThrow();
        var name = said.substring(said.indexOf(marker) + marker.length());
        return name.substring(0, name.indexOf(' '));
    }

    /** Generations that ended, in any way. */
    int ended() {
        return jdbc.sql("SELECT COUNT(*) FROM generation WHERE state IN ('SUCCEEDED', 'FAILED', 'CANCELLED')")
                .query(Integer.class).single();
    }

    <T extends AutoCloseable> T open(T resource) {
        opened.push(resource);
        return resource;
    }

    @Override
    public void close() throws Exception {
        Exception first = null;
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (Exception failed) {
                first = first == null ? failed : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static int freePort() throws java.io.IOException {
        try (var socket = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
