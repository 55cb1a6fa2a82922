package app.atelier;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Nodes of the whole application (application contexts with the production {@code postgres}
 * profile) on one PostgreSQL schema of their own, as nodes of a cluster share a database; closing
 * stops them and drops the schema.
 */
public final class PostgresNodes implements AutoCloseable {

    private final String schema;
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    /** @param name what the schema is named after (letters and underscores) */
    public PostgresNodes(String name) {
        this.schema = "atelier_" + name + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Starts one more node, with its own data folder and any further {@code arguments}. */
    public ConfigurableApplicationContext start(String... arguments) throws IOException {
        var dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "node-").toAbsolutePath();
        var url = PostgresAvailable.URL + (PostgresAvailable.URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        var all = new ArrayList<>(List.of("--atelier.data-dir=" + dataDir, "--server.port=0", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresAvailable.USER,
                "--spring.datasource.password=" + PostgresAvailable.PASSWORD,
                "--spring.flyway.schemas=" + schema.toLowerCase(Locale.ROOT), "--spring.flyway.create-schemas=true"));
        all.addAll(List.of(arguments));
        var node = new SpringApplicationBuilder(Application.class).profiles("postgres", "test").run(all.toArray(String[]::new));
        nodes.add(node);
        return node;
    }

    @Override
    public void close() throws SQLException {
        nodes.forEach(ConfigurableApplicationContext::close);
        try (var connection = DriverManager.getConnection(PostgresAvailable.URL, PostgresAvailable.USER, PostgresAvailable.PASSWORD);
             var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
