package app.atelier;

import org.flywaydb.core.Flyway;

/** Puts the schema back to a fresh installation: every table empty, every migration applied. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static void reset(Flyway flyway) {
        flyway.clean();
        flyway.migrate();
    }
}
