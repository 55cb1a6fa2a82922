package app.atelier.generation.work;

import app.atelier.shared.ThisNode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * A provider key's line of generations. A provider that takes only so many at once (Luma: 5 per key)
 * gets them one after the other, first queued first served, whichever node submits: the lane's row is
 * locked while a submission counts. Work made on the node itself (the local engine, films) is counted
 * per node: each node makes as many at once as it has render slots, so a second node adds its own.
 */
@Component
public class Lanes {

    private final JdbcClient jdbc;
    private final ThisNode node;

    Lanes(JdbcClient jdbc, ThisNode node) {
        this.jdbc = jdbc;
        this.node = node;
    }

    /** This node's name, as the generations it makes itself record it. */
    String here() {
        return node.name();
    }

    /** The lane of a provider (one per provider for now: one key each). */
    public static String of(String providerId) {
        return providerId;
    }

    /** What a lane has for a generation that asks to be submitted. */
    enum Room {
        /** A place, and no older generation waiting for it: submit now. */
        FREE,
        /** Every place taken: wait. */
        FULL,
        /** A place, but older generations wait that should have it first: wait, and bring them forward. */
        OLDER_FIRST
    }

    /**
     * Whether the generation may be submitted now: the lane has room, and no older generation waits
     * in it that the room should go to first. Locks the lane until the caller's transaction ends.
     *
     * @param node the node that would make it itself (its own room counts), or null for a vendor's key
     */
    Room room(String providerId, UUID generationId, Instant queuedAt, int maxInFlight, @Nullable String node) {
        if (maxInFlight <= 0) {
            return Room.FREE;
        }
        var lane = of(providerId);
        jdbc.sql("INSERT INTO provider_lane (lane) VALUES (?) ON CONFLICT DO NOTHING").param(lane).update();
        jdbc.sql("SELECT lane FROM provider_lane WHERE lane = ? FOR UPDATE").param(lane).query(String.class).single();
        long underWay = underWay(providerId, node);
        if (underWay >= maxInFlight) {
            return Room.FULL;
        }
        var at = OffsetDateTime.ofInstant(queuedAt, ZoneOffset.UTC);
        long olderWaiting = jdbc.sql("""
                        SELECT COUNT(*) FROM generation WHERE provider_id = ? AND state = 'QUEUED'
                        AND submit_started_at IS NULL AND (created_at < ? OR (created_at = ? AND id < ?))""")
                .params(providerId, at, at, generationId).query(Long.class).single();
        return underWay + olderWaiting < maxInFlight ? Room.FREE : Room.OLDER_FIRST;
    }

    /** How many generations of a provider this node is making itself now. */
    long underWayHere(String providerId) {
        return underWay(providerId, here());
    }

    /** How many generations of a provider are under way: on {@code node}, or anywhere when null. */
    private long underWay(String providerId, @Nullable String node) {
        var underWay = "(state IN ('SUBMITTED', 'RUNNING') OR (state = 'QUEUED' AND submit_started_at IS NOT NULL))";
        return node == null
                ? jdbc.sql("SELECT COUNT(*) FROM generation WHERE provider_id = ? AND " + underWay)
                        .param(providerId).query(Long.class).single()
                : jdbc.sql("SELECT COUNT(*) FROM generation WHERE provider_id = ? AND made_on = ? AND " + underWay)
                        .params(providerId, node).query(Long.class).single();
    }

    /** The generations waiting their turn in a provider's lane, oldest first. */
    List<UUID> waiting(String providerId, int limit) {
        return jdbc.sql("""
                        SELECT id FROM generation WHERE provider_id = ? AND state = 'QUEUED' AND submit_started_at IS NULL
                        ORDER BY created_at, id LIMIT ?""")
                .params(providerId, limit).query(UUID.class).list();
    }
}
