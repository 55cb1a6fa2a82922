package app.atelier;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Points a test context at a new schema of the PostgreSQL test database, dropped when the context closes. */
public class PostgresSchema implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var schema = "atelier_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        var url = PostgresAvailable.URL + (PostgresAvailable.URL.contains("?") ? "&" : "?") + "currentSchema=" + schema
                + "&ApplicationName=" + schema;
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgresSchema", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", PostgresAvailable.USER,
                "spring.datasource.password", PostgresAvailable.PASSWORD,
                "spring.flyway.schemas", schema,
                "spring.flyway.create-schemas", "true")));
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                drop(schema);
            }
        });
    }

    private static void drop(String schema) {
        try (var connection = DriverManager.getConnection(PostgresAvailable.URL, PostgresAvailable.USER, PostgresAvailable.PASSWORD);
             var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            System.err.println("Could not drop test schema " + schema + ": " + e.getMessage());
        }
    }
}
