package app.atelier.account.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * The single-row record that first-run setup happened. Inserting it a second time violates its
 * primary key, which is what keeps setup to exactly once across concurrent visitors and nodes.
 */
@Component
public class Installation {

    private final JdbcClient jdbc;
    private final Clock clock;

    Installation(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean completed() {
        return jdbc.sql("SELECT COUNT(*) FROM installation").query(Long.class).single() > 0;
    }

    /** The team that set the installation up. */
    public Optional<UUID> teamId() {
        return jdbc.sql("SELECT team_id FROM installation").query(UUID.class).optional();
    }

    /** Records setup as done; throws a {@code DuplicateKeyException} when it already was. */
    public void complete(UUID firstTeamId) {
        jdbc.sql("INSERT INTO installation (id, team_id, completed_at) VALUES (1, ?, ?)")
                .params(firstTeamId, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }
}
