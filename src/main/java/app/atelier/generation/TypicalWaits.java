package app.atelier.generation;

import app.atelier.shared.CurrentMember;
import app.atelier.shared.Durations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How long each provider has taken lately for the member's team, from asking to the result: what
 * the wizard says to expect once it has been measured (a vendor's or the engine's own estimate says
 * little about a queue, a lane shared with teammates or a slow night).
 */
@Service
public class TypicalWaits {

    /** The window of the dashboard's provider figures (90 days), so that both say the same. */
    public static final Duration WINDOW = Duration.ofDays(90);

    private final JdbcClient jdbc;
    private final CurrentMember currentMember;
    private final Clock clock;

    TypicalWaits(JdbcClient jdbc, CurrentMember currentMember, Clock clock) {
        this.jdbc = jdbc;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    /** The median wait of each provider that finished something for the team within {@link #WINDOW}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, Duration> medians() {
        var waits = new HashMap<String, List<Duration>>();
        jdbc.sql("""
                        SELECT provider_id, created_at, finished_at FROM generation
                        WHERE team_id = ? AND state = 'SUCCEEDED' AND finished_at >= ?""")
                .params(currentMember.require().teamId(), OffsetDateTime.ofInstant(clock.instant().minus(WINDOW), ZoneOffset.UTC))
                .query((rs, row) -> waits.computeIfAbsent(rs.getString("provider_id"), unused -> new ArrayList<>())
                        .add(Duration.between(rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                                rs.getObject("finished_at", OffsetDateTime.class).toInstant())))
                .list();
        var medians = new HashMap<String, Duration>();
        waits.forEach((provider, measured) -> medians.put(provider, Durations.median(measured)));
        return Map.copyOf(medians);
    }
}
