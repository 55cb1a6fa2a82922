package app.atelier.generation.work;

import app.atelier.credits.Credits;
import app.atelier.generation.CancelResult;
import app.atelier.generation.FailureReason;
import app.atelier.generation.GenerationChanged;
import app.atelier.generation.GenerationResult;
import app.atelier.generation.GenerationState;
import app.atelier.generation.internal.ResultRows;
import app.atelier.project.ProjectRecords;
import app.atelier.provider.Providers;
import app.atelier.provider.WorkStep;
import app.atelier.shared.GenerationId;
import app.atelier.shared.ProjectId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Every change of a generation's state, each in a transaction of its own: the change, the credits
 * it settles or releases when it ends the generation, the jobs it needs, and the event views show.
 * A change that does not apply (a late or duplicate report, a generation that ended meanwhile)
 * changes nothing; a change that collides with another is tried again on fresh data.
 */
@Component
public class GenerationLifecycle {

    /** What trying to start a submission found. */
    public enum Claim { CLAIMED, WAIT, INTERRUPTED, NOT_QUEUED }

    /** What a claim found, with the generation as the claim left it (none when it is gone). */
    public record Claimed(Claim claim, @Nullable Generation generation) {
    }

    /** What a change found: the generation as it stands after it (none when it is gone), and whether it changed. */
    record Changed(@Nullable Generation generation, boolean applied) {
    }

    private static final Logger log = LoggerFactory.getLogger(GenerationLifecycle.class);
    private static final int ATTEMPTS = 5;

    private final GenerationRepository generations;
    private final ResultRows results;
    private final Credits credits;
    private final Lanes lanes;
    private final GenerationJobs jobs;
    private final Providers providers;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final JsonMapper json;
    private final ProjectRecords projects;
    private final GenerationMetrics metrics;

    GenerationLifecycle(GenerationRepository generations, ResultRows results, Credits credits, Lanes lanes,
                        GenerationJobs jobs, Providers providers, ApplicationEventPublisher events,
                        PlatformTransactionManager transactions, Clock clock, JsonMapper json, ProjectRecords projects,
                        GenerationMetrics metrics) {
        this.metrics = metrics;
        this.json = json;
        this.projects = projects;
        this.generations = generations;
        this.results = results;
        this.credits = credits;
        this.lanes = lanes;
        this.jobs = jobs;
        this.providers = providers;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Starts a submission if the provider's lane has room; a second start after a crash is INTERRUPTED.
     *
     * @param madeHere whether this node makes the result itself: its lane is then this node's own
     *                 ({@code maxInFlight} at once here, whatever the other nodes make)
     */
    public Claimed claim(UUID id, int maxInFlight, boolean madeHere) {
        return retrying(() -> {
            var generation = generations.findById(id).orElse(null);
            if (generation == null || generation.state() != GenerationState.QUEUED) {
                return new Claimed(Claim.NOT_QUEUED, generation);
            }
            if (generation.submissionStarted()) {
                return new Claimed(Claim.INTERRUPTED, generation);
            }
            var node = madeHere ? lanes.here() : null;
            switch (lanes.room(generation.providerId(), id, generation.createdAt(), maxInFlight, node)) {
                case FULL -> {
                    return new Claimed(Claim.WAIT, generation);
                }
                case OLDER_FIRST -> {
                    // the older ones' next try may be seconds away (or due on a node without room)
                    wakeWaitingOnceCommitted(generation.providerId());
                    return new Claimed(Claim.WAIT, generation);
                }
                case FREE -> {
                    // ours
                }
            }
            generation.claim(clock.instant(), node);
            return new Claimed(Claim.CLAIMED, generations.saveAndFlush(generation));
        });
    }

    /** Work done here that another node began and did not finish: this node makes it now. */
    public void makingHere(UUID id) {
        change(id, generation -> generation.makingOn(lanes.here()));
    }

    /** A refused submission that may be sent again later: it waits in the queue once more. */
    public boolean unclaim(UUID id) {
        return change(id, Generation::unclaim);
    }

    /**
     * @param facts   what the vendor's answer said worth keeping
     * @param sandbox whether the sandbox stood in for the vendor
     * @return the generation as it stands afterwards, submitted or not (ended meanwhile, say); none when it is gone
     */
    public Optional<Generation> submitted(UUID id, String vendorId, @Nullable String webhookTokenHash, Instant deadline,
                                          @Nullable Instant firstPoll, Map<String, String> facts, boolean sandbox) {
        return Optional.ofNullable(changing(id, generation -> {
            if (!generation.submitted(vendorId, webhookTokenHash, clock.instant(), deadline, firstPoll, sandbox)) {
                return false;
            }
            generation.noteVendorFacts(VendorFacts.merge(json, generation.vendorFacts(), facts));
            return true;
        }).generation());
    }

    /** @return whether the generation is still under way (false once it ended, e.g. was cancelled) */
    public boolean progressed(UUID id, int percent, @Nullable String rawStatus, @Nullable Instant estimatedDone,
                              @Nullable Instant nextPoll) {
        var after = changing(id, generation -> generation.progressed(percent, rawStatus, estimatedDone, nextPoll)).generation();
        return after == null || !after.state().terminal();
    }

    /**
     * Work done here goes on, busy with {@code step}.
     *
     * @return whether the generation is still under way (false once it ended, e.g. was cancelled)
     */
    public boolean working(UUID id, int percent, WorkStep step) {
        var after = changing(id, generation -> generation.working(percent, step)).generation();
        return after == null || !after.state().terminal();
    }

    /** What a poll a webhook prompted learnt: the regular polls keep their schedule. */
    public void progressedBetweenPolls(UUID id, int percent, @Nullable String rawStatus, @Nullable Instant estimatedDone) {
        change(id, generation -> generation.progressedBetweenPolls(percent, rawStatus, estimatedDone));
    }

    /**
     * The vendor refused the key when asked how the generation goes: asked again at {@code next}.
     *
     * @return true when the generation just became held by the refused key (its card says so from then)
     */
    public boolean keyRefusedOnPoll(UUID id, Instant next) {
        var held = new boolean[1];
        change(id, generation -> {
            if (generation.state().terminal()) {
                return false;
            }
            held[0] = generation.keyRefusedOnPoll(next);
            return held[0];
        });
        return held[0];
    }

    /** Nothing new from the provider: ask again later. */
    public void pollAgain(UUID id, Instant next) {
        change(id, generation -> {
            if (generation.state().terminal()) {
                return false;
            }
            generation.pollAgainAt(next);
            return false;
        });
    }

    /** The provider has made it: remember where the results are and copy them (a job of its own). */
    public boolean resultsReported(UUID id, String pendingResults, Map<String, String> facts) {
        return change(id, generation -> {
            if (!generation.resultsReported(pendingResults)) {
                return false;
            }
            generation.noteVendorFacts(VendorFacts.merge(json, generation.vendorFacts(), facts));
            jobs.fetchResults(id);
            return true;
        });
    }

    /**
     * Succeeds with the results {@code store} puts in our storage. {@code store} runs inside the
     * transaction, only if the generation can still succeed; if the transaction rolls back, what it
     * stored is deleted.
     */
    public boolean succeeded(UUID id, Function<Generation, List<GenerationResult>> store) {
        return change(id, generation -> {
            if (!generation.state().canMoveTo(GenerationState.SUCCEEDED)) {
                return false;
            }
            var stored = store.apply(generation);
            var now = clock.instant();
            for (int i = 0; i < stored.size(); i++) {
                results.add(id, i, stored.get(i), now);
            }
            return generation.succeeded(now);
        });
    }

    public boolean failed(UUID id, FailureReason reason, @Nullable String message) {
        return change(id, generation -> generation.failed(reason, message, clock.instant()));
    }

    /** The provider itself reports the generation cancelled. */
    public boolean cancelledByProvider(UUID id) {
        return change(id, generation -> generation.cancelled(clock.instant()));
    }

    /** A member's request to cancel. Asking the vendor to stop too is a job of its own. */
    public CancelResult cancel(UUID id, UUID teamId, UUID memberId, boolean admin) {
        var outcome = new CancelResult[]{CancelResult.NOT_FOUND};
        change(id, generation -> {
            if (!generation.teamId().equals(teamId)) {
                outcome[0] = CancelResult.NOT_FOUND;
                return false;
            }
            if (!admin && !generation.memberId().equals(memberId)) {
                outcome[0] = CancelResult.NOT_YOURS;
                return false;
            }
            if (generation.state().terminal()) {
                outcome[0] = CancelResult.ALREADY_ENDED;
                return false;
            }
            var capabilities = providers.find(generation.providerId()).map(provider -> provider.capabilities());
            boolean atProvider = generation.submissionStarted() || generation.state() != GenerationState.QUEUED;
            if (atProvider && capabilities.map(c -> !c.cancellable()).orElse(false)) {
                outcome[0] = CancelResult.NOT_CANCELLABLE;
                return false;
            }
            generation.cancelled(clock.instant());
            if (atProvider && generation.vendorId() != null) {
                jobs.cancelAtVendor(id);
            }
            outcome[0] = CancelResult.CANCELLED;
            return true;
        });
        return outcome[0];
    }

    private boolean change(UUID id, Predicate<Generation> change) {
        return changing(id, change).applied();
    }

    /** Applies {@code change} on fresh data; what it found is handed back, so that nobody reads it again. */
    private Changed changing(UUID id, Predicate<Generation> change) {
        return retrying(() -> {
            var generation = generations.findById(id).orElse(null);
            if (generation == null) {
                return new Changed(null, false);
            }
            var before = generation.state();
            if (!change.test(generation)) {
                return new Changed(generation, false);
            }
            generation = generations.saveAndFlush(generation);
            if (!before.terminal() && generation.state().terminal()) {
                ended(generation);
            }
            events.publishEvent(new GenerationChanged(GenerationId.of(id), ProjectId.of(generation.projectId()), generation.teamId(),
                    generation.memberId(), generation.state(), generation.progress(), generation.estimatedDoneAt(),
                    generation.keyRefused(), generation.workStep()));
            return new Changed(generation, true);
        });
    }

    /** Settles or releases the credits, in the same transaction; lets the next in line go once committed. */
    private void ended(Generation generation) {
        projects.touched(ProjectId.of(generation.projectId()), Objects.requireNonNullElseGet(generation.finishedAt(), clock::instant));
        if (generation.state() == GenerationState.SUCCEEDED) {
            credits.settle(GenerationId.of(generation.id()));
        } else {
            credits.release(GenerationId.of(generation.id()));
        }
        var providerId = generation.providerId();
        metrics.ended(providerId, generation.kind(), generation.state(),
                Duration.between(generation.createdAt(), Objects.requireNonNullElseGet(generation.finishedAt(), clock::instant)));
        wakeWaitingOnceCommitted(providerId);
    }

    private void wakeWaitingOnceCommitted(String providerId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wakeWaiting(providerId);
            }
        });
    }

    /**
     * Brings the oldest generations waiting in a provider's lane forward, so a free place is taken at once
     * (by this node first: it looks for due jobs at once, the others at their next poll).
     */
    void wakeWaiting(String providerId) {
        int room = providers.find(providerId).map(provider -> Math.max(1, provider.capabilities().maxInFlight())).orElse(1);
        wake(lanes.waiting(providerId, room));
    }

    private void wake(List<UUID> waiting) {
        waiting.forEach(jobs::submitNow);
    }

    /**
     * For a lane each node has of its own (work it makes itself): while this node has free places and
     * generations wait, the oldest are brought forward, and this node's job runner, told at once, takes
     * them before the others look. Without it a node with free places may wait for work that the job
     * runner of a full node keeps picking up first and putting back.
     */
    public void takeWaitingIfRoomHere(String providerId, int maxInFlight) {
        // nothing waiting, the usual case, costs one query
        var waiting = lanes.waiting(providerId, maxInFlight);
        if (!waiting.isEmpty()) {
            long free = maxInFlight - lanes.underWayHere(providerId);
            wake(waiting.subList(0, (int) Math.max(0, Math.min(free, waiting.size()))));
        }
    }

    private <T> T retrying(java.util.function.Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> work.get());
            } catch (OptimisticLockingFailureException | DataIntegrityViolationException collision) {
                if (attempt >= ATTEMPTS) {
                    throw collision;
                }
                log.debug("A generation changed meanwhile; trying again", collision);
            }
        }
    }
}
