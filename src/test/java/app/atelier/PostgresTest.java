package app.atelier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on PostgreSQL with the production {@code postgres} profile, in a schema of
 * its own that is dropped afterwards. Runs whenever a PostgreSQL is reachable (see
 * {@link PostgresAvailable}); in CI it must be.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
@SpringBootTest
@ActiveProfiles({"postgres", "test"})
@ContextConfiguration(initializers = {FreshDataDirectory.class, PostgresSchema.class})
@Import(TestFixtures.class)
public @interface PostgresTest {
}
