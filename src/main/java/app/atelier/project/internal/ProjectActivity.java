package app.atelier.project.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * When a project last saw something happen (a photo added, a generation asked for or finished), kept
 * on the project so the gallery sorts by it without reading generations. Written with SQL of its own:
 * the column is not part of the {@code Project} entity, so saving a project never turns it back.
 */
@Component
public class ProjectActivity {

    private final JdbcClient jdbc;

    ProjectActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Something happened in the project at {@code at} (an earlier time changes nothing). */
    public void touch(UUID project, Instant at) {
        var when = at.atOffset(ZoneOffset.UTC);
        jdbc.sql("UPDATE project SET activity_at = ? WHERE id = ? AND (activity_at IS NULL OR activity_at < ?)")
                .params(when, project, when)
                .update();
    }
}
