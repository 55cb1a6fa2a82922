package app.atelier.cluster;

import app.atelier.PostgresAvailable;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/** A PostgreSQL database of its own on the test server, created empty and dropped afterwards. */
public final class FreshDatabase implements AutoCloseable {

    private final String name;
    private final String url;

    private FreshDatabase(String name, String url) {
        this.name = name;
        this.url = url;
    }

    public static FreshDatabase create(String prefix) throws SQLException {
        var name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        execute("CREATE DATABASE " + name);
        var server = PostgresAvailable.URL.substring(0, PostgresAvailable.URL.lastIndexOf('/') + 1);
        var options = PostgresAvailable.URL.contains("?") ? PostgresAvailable.URL.substring(PostgresAvailable.URL.indexOf('?')) : "";
        var base = server.contains("?") ? server.substring(0, server.indexOf('?')) : server;
        return new FreshDatabase(name, base + name + options);
    }

    public String url() {
        return url;
    }

    public java.sql.Connection connect() throws SQLException {
        return DriverManager.getConnection(url, PostgresAvailable.USER, PostgresAvailable.PASSWORD);
    }

    @Override
    public void close() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(PostgresAvailable.URL, PostgresAvailable.USER, PostgresAvailable.PASSWORD);
             var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
