package app.atelier.pipeline.internal;

import app.atelier.credits.Credits;
import app.atelier.generation.FailureReason;
import app.atelier.generation.work.Generation;
import app.atelier.generation.work.GenerationLifecycle;
import app.atelier.generation.work.GenerationRepository;
import app.atelier.provider.Providers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * The recurring job (one node at a time) that keeps generations moving: polls the ones due, lane by
 * lane in parallel and in batches where the provider allows; fails the ones past their deadline;
 * and, every half minute, gives a job back to any generation that lost its own.
 */
@Component
class Sweep {

    static final int DUE_AT_ONCE = 500;
    static final Duration ORPHANS_EVERY = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(Sweep.class);

    private final JdbcClient jdbc;
    private final GenerationRepository generations;
    private final GenerationLifecycle lifecycle;
    private final Pipeline pipeline;
    private final Providers providers;
    private final JobScheduling jobs;
    private final Credits credits;
    private final Clock clock;
    private volatile long orphansCheckedAt;

    Sweep(JdbcClient jdbc, GenerationRepository generations, GenerationLifecycle lifecycle, Pipeline pipeline,
          Providers providers, JobScheduling jobs, Credits credits, Clock clock) {
        this.jdbc = jdbc;
        this.generations = generations;
        this.lifecycle = lifecycle;
        this.pipeline = pipeline;
        this.providers = providers;
        this.jobs = jobs;
        this.credits = credits;
        this.clock = clock;
    }

    void run() {
        failOverdue();
        pollDue();
        if (System.nanoTime() - orphansCheckedAt > ORPHANS_EVERY.toNanos()) {
            orphansCheckedAt = System.nanoTime();
            adoptOrphans();
            renewAllowances();
        }
    }

    /** Monthly allowances are applied by the same node that sweeps, at the first sweep of a month. */
    private void renewAllowances() {
        int renewed = credits.renewAllowances();
        if (renewed > 0) {
            log.info("Applied {} monthly allowance(s)", renewed);
        }
    }

    private void failOverdue() {
        var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.sql("""
                        SELECT id FROM generation WHERE state IN ('QUEUED', 'SUBMITTED', 'RUNNING') AND deadline_at <= ?
                        ORDER BY deadline_at LIMIT ?""")
                .params(now, DUE_AT_ONCE)
                .query(UUID.class)
                .list()
                .forEach(id -> {
                    var generation = generations.findById(id).orElseThrow();
                    boolean atVendor = generation.vendorId() != null;
                    if (lifecycle.failed(id, FailureReason.TIMED_OUT, "No result before the deadline") && atVendor) {
                        providers.find(generation.providerId())
                                .filter(provider -> provider.capabilities().cancellable())
                                .ifPresent(provider -> jobs.cancelAtVendor(id));
                    }
                });
    }

    private void pollDue() {
        var now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        var due = jdbc.sql("""
                        SELECT id FROM generation WHERE state IN ('SUBMITTED', 'RUNNING') AND vendor_id IS NOT NULL
                        AND pending_results IS NULL AND next_poll_at <= ? ORDER BY next_poll_at LIMIT ?""")
                .params(now, DUE_AT_ONCE)
                .query(UUID.class)
                .list();
        if (due.isEmpty()) {
            return;
        }
        var byLane = new LinkedHashMap<String, List<Generation>>();
        generations.findAllById(due).forEach(generation ->
                byLane.computeIfAbsent(generation.providerId(), lane -> new ArrayList<>()).add(generation));
        try (var lanes = Executors.newVirtualThreadPerTaskExecutor()) {
            byLane.forEach((providerId, waiting) -> providers.find(providerId).ifPresent(provider -> lanes.execute(() -> {
                int batch = provider.capabilities().batchPollSize();
                for (int from = 0; from < waiting.size(); from += batch) {
                    try {
                        pipeline.poll(provider, waiting.subList(from, Math.min(waiting.size(), from + batch)));
                    } catch (RuntimeException broken) {
                        log.warn("Polling {} failed", providerId, broken);
                    }
                }
            })));
        }
    }

    private void adoptOrphans() {
        var settled = OffsetDateTime.ofInstant(clock.instant().minusSeconds(10), ZoneOffset.UTC);
        jdbc.sql("SELECT id FROM generation WHERE state = 'QUEUED' AND created_at < ?")
                .param(settled).query(UUID.class).list().stream()
                .filter(id -> !jobs.hasSubmit(id))
                .forEach(id -> {
                    log.info("Generation {} had no submit job; giving it one", id);
                    jobs.submit(id);
                });
        jdbc.sql("SELECT id FROM generation WHERE pending_results IS NOT NULL AND state = 'RUNNING' AND updated_at < ?")
                .param(settled).query(UUID.class).list().stream()
                .filter(id -> !jobs.hasFetch(id))
                .forEach(id -> {
                    log.info("Generation {} had no job to copy its results; giving it one", id);
                    jobs.fetchResults(id);
                });
    }
}
