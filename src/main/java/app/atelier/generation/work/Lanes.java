package app.atelier.generation.work;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * A provider key's line of generations. A provider that takes only so many at once (Luma: 5 per key;
 * the local engine: as many as it renders in parallel) gets them one after the other, first queued
 * first served, whichever node submits: the lane's row is locked while a submission counts.
 */
@Component
public class Lanes {

    private final JdbcClient jdbc;

    Lanes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The lane of a provider (one per provider for now: one key each). */
    public static String of(String providerId) {
        return providerId;
    }

    /**
     * Whether the generation may be submitted now: the lane has room, and no older generation waits
     * in it. Locks the lane until the caller's transaction ends.
     */
    boolean hasRoomFor(String providerId, UUID generationId, Instant queuedAt, int maxInFlight) {
        if (maxInFlight <= 0) {
            return true;
        }
        var lane = of(providerId);
        jdbc.sql("INSERT INTO provider_lane (lane) VALUES (?) ON CONFLICT DO NOTHING").param(lane).update();
        jdbc.sql("SELECT lane FROM provider_lane WHERE lane = ? FOR UPDATE").param(lane).query(String.class).single();
        long underWay = jdbc.sql("""
                        SELECT COUNT(*) FROM generation WHERE provider_id = ?
                        AND (state IN ('SUBMITTED', 'RUNNING') OR (state = 'QUEUED' AND submit_started_at IS NOT NULL))""")
                .param(providerId).query(Long.class).single();
        if (underWay >= maxInFlight) {
            return false;
        }
        var at = OffsetDateTime.ofInstant(queuedAt, ZoneOffset.UTC);
        long olderWaiting = jdbc.sql("""
                        SELECT COUNT(*) FROM generation WHERE provider_id = ? AND state = 'QUEUED'
                        AND submit_started_at IS NULL AND (created_at < ? OR (created_at = ? AND id < ?))""")
                .params(providerId, at, at, generationId).query(Long.class).single();
        return underWay + olderWaiting < maxInFlight;
    }

    /** The generations waiting their turn in a provider's lane, oldest first. */
    List<UUID> waiting(String providerId, int limit) {
        return jdbc.sql("""
                        SELECT id FROM generation WHERE provider_id = ? AND state = 'QUEUED' AND submit_started_at IS NULL
                        ORDER BY created_at, id LIMIT ?""")
                .params(providerId, limit).query(UUID.class).list();
    }
}
