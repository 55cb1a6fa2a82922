package app.atelier;

import app.atelier.pipeline.internal.Jobs;
import org.flywaydb.core.Flyway;

import java.time.Duration;

/**
 * Puts the schema back to a fresh installation: every table empty, every migration applied. The
 * background jobs pause meanwhile (their table goes too) and find their recurring sweep again after.
 */
public class TestDatabase {

    private final Flyway flyway;
    private final Jobs jobs;

    public TestDatabase(Flyway flyway, Jobs jobs) {
        this.flyway = flyway;
        this.jobs = jobs;
    }

    public void reset() {
        try {
            jobs.pauseAndDrain(Duration.ofSeconds(30));
            flyway.clean();
            flyway.migrate();
            jobs.ensureSweeping();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            jobs.resume();
        }
    }
}
