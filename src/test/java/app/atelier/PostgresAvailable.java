package app.atelier;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Runs PostgreSQL tests when the test database answers. Where it does not, they are skipped on a
 * developer's machine but fail in CI ({@code CI=true}), where a skipped suite would hide a failure.
 * The database is {@code ATELIER_TEST_POSTGRES_URL} (user {@code ATELIER_TEST_POSTGRES_USER},
 * password {@code ATELIER_TEST_POSTGRES_PASSWORD}), by default the local {@code test} database.
 */
public class PostgresAvailable implements ExecutionCondition {

    public static final String URL = setting("ATELIER_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = setting("ATELIER_TEST_POSTGRES_USER", "postgres");
    public static final String PASSWORD = setting("ATELIER_TEST_POSTGRES_PASSWORD", "");

    private static volatile Boolean reachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (reachable()) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + URL);
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI must run the PostgreSQL suite, but nothing answers at " + URL);
        }
        return ConditionEvaluationResult.disabled("No PostgreSQL at " + URL + " (set ATELIER_TEST_POSTGRES_URL)");
    }

    /** Whether PostgreSQL answers at {@link #URL} (for benchmarks, which are not JUnit tests). */
    public static boolean reachableNow() {
        return reachable();
    }

    private static boolean reachable() {
        if (reachable == null) {
            var properties = new Properties();
            properties.setProperty("user", USER);
            properties.setProperty("password", PASSWORD);
            properties.setProperty("connectTimeout", "3");
            try (var connection = DriverManager.getConnection(URL, properties)) {
                reachable = connection.isValid(3);
            } catch (SQLException unreachable) {
                reachable = false;
            }
        }
        return reachable;
    }

    private static String setting(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? System.getProperty(name, fallback) : value;
    }
}
