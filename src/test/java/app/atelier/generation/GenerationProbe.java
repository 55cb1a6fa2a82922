package app.atelier.generation;

import app.atelier.shared.GenerationId;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reads generations and the ledger straight from the tables (no member needed), and waits for states. */
public record GenerationProbe(JdbcClient jdbc) {

    public GenerationState state(UUID id) {
        return GenerationState.valueOf(jdbc.sql("SELECT state FROM generation WHERE id = ?").param(id).query(String.class).single());
    }

    public int progress(UUID id) {
        return jdbc.sql("SELECT progress FROM generation WHERE id = ?").param(id).query(Integer.class).single();
    }

    public String vendorId(UUID id) {
        return jdbc.sql("SELECT vendor_id FROM generation WHERE id = ?").param(id).query(String.class).single();
    }

    /** Waits until the generation is in {@code expected}; fails at once if it ends in another state. */
    public void awaitState(UUID id, GenerationState expected) {
        awaitState(id, expected, Duration.ofSeconds(30));
    }

    public void awaitState(UUID id, GenerationState expected, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            var state = state(id);
            if (state.terminal() && state != expected) {
                throw new AssertionError("Generation " + id + " ended " + state + ", expected " + expected
                        + " (" + jdbc.sql("SELECT error_code || ': ' || COALESCE(error_message, '') FROM generation WHERE id = ?")
                        .param(id).query(String.class).optional().orElse("") + ")");
            }
            assertThat(state).isEqualTo(expected);
        });
    }

    /** The ledger entries of a generation, oldest first. */
    public List<String> ledger(UUID id) {
        return jdbc.sql("SELECT kind FROM credit_entry WHERE generation_id = ? ORDER BY CASE kind WHEN 'RESERVE' THEN 0 ELSE 1 END, created_at").param(id)
                .query(String.class).list();
    }

    /**
     * Ends every generation still under way, as if cancelled (without touching the ledger), so that
     * the next test starts with empty provider lanes.
     */
    public void endAll() {
        jdbc.sql("""
                UPDATE generation SET state = 'CANCELLED', next_poll_at = NULL, pending_results = NULL, version = version + 1
                WHERE state IN ('QUEUED', 'SUBMITTED', 'RUNNING')""").update();
    }

    // the same, by the typed id services hand out
    public GenerationState state(GenerationId id) {
        return state(id.value());
    }

    public int progress(GenerationId id) {
        return progress(id.value());
    }

    public String vendorId(GenerationId id) {
        return vendorId(id.value());
    }

    public void awaitState(GenerationId id, GenerationState expected) {
        awaitState(id.value(), expected);
    }

    public void awaitState(GenerationId id, GenerationState expected, Duration atMost) {
        awaitState(id.value(), expected, atMost);
    }

    public List<String> ledger(GenerationId id) {
        return ledger(id.value());
    }

    public int results(GenerationId id) {
        return results(id.value());
    }

    public int results(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM generation_result WHERE generation_id = ?").param(id).query(Integer.class).single();
    }
}
