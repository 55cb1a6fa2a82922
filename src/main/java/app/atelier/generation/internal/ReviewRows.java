package app.atelier.generation.internal;

import app.atelier.generation.Verdict;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The review tables: a result's current verdict, and its thread of comments. */
@Component
public class ReviewRows {

    /** A verdict as stored: who gave it (an id, named by the caller) and when. */
    public record Stored(Verdict verdict, UUID memberId, Instant at) {
    }

    /** A line of a thread as stored. */
    public record Line(UUID id, UUID memberId, @Nullable Verdict verdict, @Nullable String body, Instant at) {
    }

    private final JdbcClient jdbc;

    ReviewRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The verdicts these generations carry, and how many comments each has. */
    public Map<UUID, Stored> verdicts(Collection<UUID> generations) {
        if (generations.isEmpty()) {
            return Map.of();
        }
        var found = new HashMap<UUID, Stored>();
        jdbc.sql("SELECT generation_id, verdict, member_id, reviewed_at FROM generation_review WHERE generation_id IN (:ids)")
                .param("ids", List.copyOf(generations))
                .query((rs, row) -> found.put(rs.getObject(1, UUID.class), new Stored(Verdict.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class), rs.getObject(4, OffsetDateTime.class).toInstant())))
                .list();
        return found;
    }

    /** How many lines with words each of these generations' threads holds. */
    public Map<UUID, Integer> commentCounts(Collection<UUID> generations) {
        if (generations.isEmpty()) {
            return Map.of();
        }
        var found = new HashMap<UUID, Integer>();
        jdbc.sql("""
                        SELECT generation_id, COUNT(*) FROM generation_comment
                        WHERE generation_id IN (:ids) AND body IS NOT NULL GROUP BY generation_id""")
                .param("ids", List.copyOf(generations))
                .query((rs, row) -> found.put(rs.getObject(1, UUID.class), rs.getInt(2)))
                .list();
        return found;
    }

    /** Sets the generation's verdict, or takes it back when {@code verdict} is null. */
    public void judge(UUID team, UUID generation, @Nullable Verdict verdict, UUID member, Instant at) {
        jdbc.sql("DELETE FROM generation_review WHERE generation_id = ?").params(generation).update();
        if (verdict != null) {
            jdbc.sql("""
                            INSERT INTO generation_review (generation_id, team_id, verdict, member_id, reviewed_at)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(generation, team, verdict.name(), member, at.atOffset(java.time.ZoneOffset.UTC)).update();
        }
    }

    /** A line of the generation's thread: a verdict, words, or both. */
    public void say(UUID team, UUID generation, UUID member, @Nullable Verdict verdict, @Nullable String body, Instant at) {
        jdbc.sql("""
                        INSERT INTO generation_comment (id, team_id, generation_id, member_id, verdict, body, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), team, generation, member, verdict == null ? null : verdict.name(), body,
                        at.atOffset(java.time.ZoneOffset.UTC))
                .update();
    }

    /** The generation's thread, oldest first. */
    public List<Line> thread(UUID team, UUID generation) {
        return jdbc.sql("""
                        SELECT id, member_id, verdict, body, created_at FROM generation_comment
                        WHERE team_id = ? AND generation_id = ? ORDER BY created_at, id""")
                .params(team, generation)
                .query((rs, row) -> new Line(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3) == null ? null : Verdict.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }
}
