package app.atelier.generation.work;

import app.atelier.generation.GenerationState;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.Providers;
import app.atelier.shared.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What operators watch of the generations ({@code /actuator/prometheus}): how many were started and
 * how they ended, by provider and kind; how long they took; how many wait and run in each provider's
 * lane; the webhooks vendors send. Counted once the transaction that made the change commits.
 */
@Component
public class GenerationMetrics implements SmartInitializingSingleton {

    /** The lanes are counted at most this often, however often they are scraped. */
    private static final Duration LANE_FRESHNESS = Duration.ofSeconds(5);

    private final MeterRegistry meters;
    private final JdbcClient jdbc;
    private final Providers providers;
    private volatile LaneCounts lanes = new LaneCounts(Map.of(), Map.of(), 0);

    GenerationMetrics(MeterRegistry meters, JdbcClient jdbc, Providers providers) {
        this.meters = meters;
        this.jdbc = jdbc;
        this.providers = providers;
    }

    @Override
    public void afterSingletonsInstantiated() {
        providers.all().forEach(provider -> {
            var lane = Lanes.of(provider.id());
            Gauge.builder("atelier.generations.waiting", () -> lanes().waiting().getOrDefault(lane, 0L))
                    .description("Generations queued in a provider's lane, not yet handed over")
                    .tag("lane", lane).register(meters);
            Gauge.builder("atelier.generations.running", () -> lanes().running().getOrDefault(lane, 0L))
                    .description("Generations handed over to a provider and not finished")
                    .tag("lane", lane).register(meters);
        });
    }

    public void started(String providerId, GenerationKind kind) {
        AfterCommit.run(() -> Counter.builder("atelier.generations.started")
                .description("Generations asked for")
                .tag("provider", providerId).tag("kind", kind.name())
                .register(meters).increment());
    }

    void ended(String providerId, GenerationKind kind, GenerationState state, Duration took) {
        AfterCommit.run(() -> {
            Counter.builder("atelier.generations.ended")
                    .description("Generations that ended, by how")
                    .tag("provider", providerId).tag("kind", kind.name()).tag("state", state.name())
                    .register(meters).increment();
            Timer.builder("atelier.generations.duration")
                    .description("From asked for to ended")
                    .tag("provider", providerId).tag("kind", kind.name()).tag("state", state.name())
                    .register(meters).record(took);
        });
    }

    /**
     * A vendor's webhook arrived.
     *
     * @param outcome {@code accepted}, {@code unknown} (no such generation: 404), {@code other_task} or {@code too_large}
     */
    public void webhook(String providerId, String outcome) {
        Counter.builder("atelier.webhooks.received")
                .description("Webhooks vendors sent to /webhooks/{provider}/{token}")
                .tag("provider", providerId).tag("outcome", outcome)
                .register(meters).increment();
    }

    private LaneCounts lanes() {
        var known = lanes;
        long now = System.nanoTime();
        if (now - known.readAt() < LANE_FRESHNESS.toNanos() && known.readAt() != 0) {
            return known;
        }
        var waiting = new HashMap<String, Long>();
        var running = new HashMap<String, Long>();
        jdbc.sql("""
                        SELECT provider_id, place, COUNT(*) FROM (
                            SELECT provider_id, CASE WHEN state = 'QUEUED' AND submit_started_at IS NULL THEN 'w' ELSE 'r' END AS place
                            FROM generation WHERE state IN ('QUEUED', 'SUBMITTED', 'RUNNING')) AS under_way
                        GROUP BY provider_id, place""")
                .query(rows -> {
                    var into = rows.getString(2).equals("w") ? waiting : running;
                    into.merge(Lanes.of(rows.getString(1)), rows.getLong(3), Long::sum);
                });
        var read = new LaneCounts(waiting, running, now);
        lanes = read;
        return read;
    }

    private record LaneCounts(Map<String, Long> waiting, Map<String, Long> running, long readAt) {
    }
}
