package app.atelier.shared.internal;

import app.atelier.shared.LiveEvent;
import app.atelier.shared.LiveUpdates;
import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Carries {@link LiveEvent}s between the nodes that share one PostgreSQL: each event is sent with
 * {@code pg_notify} inside the transaction that publishes it (PostgreSQL delivers it only if that
 * transaction commits), and every node listens on one connection of its own and hands what other
 * nodes sent to its {@link LiveUpdates}. The channel is named after the schema, so installations
 * (and test schemas) sharing a database do not hear each other. On any other database it does nothing.
 * <p>
 * The listening connection is opened beside the pool, not borrowed from it: a borrowed one would be
 * held for days, one connection fewer for everything else and out of reach of the pool's maximum
 * lifetime. It is checked with a query after a quiet minute, so a connection that died silently (a
 * restarted database, a firewall dropping idle sockets) is noticed and replaced.
 */
@Component
class PostgresEventRelay implements SmartLifecycle {

    /** PostgreSQL refuses payloads of 8000 bytes or more. */
    static final int MAX_PAYLOAD = 7900;
    private static final Logger log = LoggerFactory.getLogger(PostgresEventRelay.class);
    private static final long QUIET_CHECK_MILLIS = 60_000;
    private static final Duration LISTEN_WAIT = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final LiveUpdates liveUpdates;
    private final JsonMapper json;
    private final String node = UUID.randomUUID().toString();
    private volatile @Nullable String channel;
    private volatile boolean running;
    private @Nullable Thread listener;

    PostgresEventRelay(DataSource dataSource, JdbcClient jdbc, LiveUpdates liveUpdates, JsonMapper json) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.liveUpdates = liveUpdates;
        this.json = json;
    }

    @Override
    public void start() {
        try (var connection = dataSource.getConnection()) {
            if (!"PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            try (var statement = connection.createStatement(); var schema = statement.executeQuery("SELECT current_schema()")) {
                schema.next();
                channel = channelFor(schema.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's kind", e);
        }
        running = true;
        var listening = new CountDownLatch(1);
        var thread = Thread.ofPlatform().daemon().name("event-relay").unstarted(() -> listen(listening));
        listener = thread;
        thread.start();
        // a node that says it has started hears what other nodes send from then on
        try {
            if (!listening.await(LISTEN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("The live-event relay is not listening yet; it keeps trying");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Relaying live events between nodes on PostgreSQL channel {}", channel);
    }

    static String channelFor(@Nullable String schema) {
        var name = (schema == null ? "public" : schema).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return ("atelier_" + name).substring(0, Math.min(63, 8 + name.length()));
    }

    /** Sends the event to the other nodes, as part of the transaction that publishes it. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void send(LiveEvent event) {
        var to = channel;
        if (to == null) {
            return;
        }
        var envelope = json.createObjectNode()
                .put("node", node)
                .put("type", event.getClass().getName())
                .set("event", json.valueToTree(event));
        var payload = json.writeValueAsString(envelope);
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD) {
            log.warn("A live event is too large to relay ({} bytes): {}", payload.length(), event.getClass().getSimpleName());
            return;
        }
        jdbc.sql("SELECT pg_notify(?, ?)").params(to, payload).query((rs, row) -> 1).list();
    }

    private void listen(CountDownLatch listening) {
        long backoff = 500;
        while (running) {
            try (Connection connection = listeningConnection()) {
                connection.setAutoCommit(true);
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + channel);
                }
                listening.countDown();
                var notifications = connection.unwrap(PGConnection.class);
                backoff = 500;
                long heardAt = System.nanoTime();
                while (running) {
                    var received = notifications.getNotifications(500);
                    if (received != null && received.length > 0) {
                        heardAt = System.nanoTime();
                        for (var notification : received) {
                            receive(notification.getParameter());
                        }
                    } else if ((System.nanoTime() - heardAt) / 1_000_000 > QUIET_CHECK_MILLIS) {
                        try (var statement = connection.createStatement()) {
                            statement.execute("SELECT 1");
                        }
                        heardAt = System.nanoTime();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("The live-event relay lost its connection; listening again in {} ms", backoff, e);
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 30_000);
                }
            }
        }
    }

    /** A connection of its own, with the pool's address and credentials (or one of the pool's, for another kind of data source). */
    private Connection listeningConnection() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            var pool = dataSource.unwrap(HikariDataSource.class);
            var properties = new Properties();
            properties.putAll(pool.getDataSourceProperties());
            if (pool.getUsername() != null) {
                properties.setProperty("user", pool.getUsername());
            }
            if (pool.getPassword() != null) {
                properties.setProperty("password", pool.getPassword());
            }
            var connection = DriverManager.getConnection(pool.getJdbcUrl(), properties);
            connection.setClientInfo("ApplicationName", "atelier event relay");
            return connection;
        }
        return dataSource.getConnection();
    }

    void receive(String payload) {
        try {
            var envelope = json.readTree(payload);
            if (node.equals(envelope.path("node").asString())) {
                return;
            }
            var type = Class.forName(envelope.path("type").asString(), false, getClass().getClassLoader());
            if (!LiveEvent.class.isAssignableFrom(type) || !type.getName().startsWith("app.atelier.")) {
                log.warn("Ignored a relayed event of unexpected type {}", type.getName());
                return;
            }
            liveUpdates.deliver((LiveEvent) json.treeToValue(envelope.get("event"), type));
        } catch (ClassNotFoundException | RuntimeException e) {
            log.warn("Ignored a relayed event that could not be read", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        var thread = listener;
        if (thread != null) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
