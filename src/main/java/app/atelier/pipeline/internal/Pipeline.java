package app.atelier.pipeline.internal;

import app.atelier.generation.FailureReason;
import app.atelier.generation.GenerationState;
import app.atelier.generation.KeyRefused;
import app.atelier.generation.work.Generation;
import app.atelier.generation.work.GenerationLifecycle;
import app.atelier.generation.work.GenerationRepository;
import app.atelier.generation.work.JobsProperties;
import app.atelier.generation.work.Lanes;
import app.atelier.generation.work.VendorFacts;
import app.atelier.media.MediaLibrary;
import app.atelier.provider.Capabilities;
import app.atelier.provider.Completion;
import app.atelier.provider.ErrorCode;
import app.atelier.provider.InputImage;
import app.atelier.provider.JobControl;
import app.atelier.provider.OptionSpec;
import app.atelier.provider.Provider;
import app.atelier.provider.ProviderError;
import app.atelier.provider.ProviderException;
import app.atelier.provider.Providers;
import app.atelier.provider.ResultFile;
import app.atelier.provider.SubmitOutcome;
import app.atelier.provider.SubmitRequest;
import app.atelier.provider.VendorKeysChanged;
import app.atelier.provider.VendorStatus;
import app.atelier.provider.WorkStep;
import app.atelier.shared.AtelierProperties;
import app.atelier.shared.SecretTokens;
import app.atelier.shared.WorkFolders;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/**
 * What the generation jobs do: submit (and, for a synchronous provider, make the result right here),
 * apply what polls and webhooks learn, copy results, ask vendors to stop. Every step reads the
 * generation afresh and does nothing if it has moved on, so running a step twice is harmless.
 */
@Component
class Pipeline {

    /** Submissions a vendor turned down for now (rate limit, outage) are tried this many times in all. */
    static final int SUBMIT_ATTEMPTS = 5;
    static final Duration WAIT_FOR_ROOM = Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

    private final GenerationRepository generations;
    private final GenerationLifecycle lifecycle;
    private final Providers providers;
    private final MediaLibrary media;
    private final ResultStore results;
    private final WorkFolders work;
    private final LanePace pace;
    private final AtelierProperties settings;
    private final JsonMapper json;
    private final Clock clock;
    private final PollPacing pacing;
    private final ApplicationEventPublisher events;

    Pipeline(GenerationRepository generations, GenerationLifecycle lifecycle, Providers providers, MediaLibrary media,
             ResultStore results, WorkFolders work, LanePace pace, AtelierProperties settings, JsonMapper json,
             Clock clock, JobsProperties jobs, ApplicationEventPublisher events) {
        this.events = events;
        this.generations = generations;
        this.lifecycle = lifecycle;
        this.providers = providers;
        this.media = media;
        this.results = results;
        this.work = work;
        this.pace = pace;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.pacing = new PollPacing(jobs.fastestPoll());
    }

    /**
     * The submit job.
     *
     * @return when to try again (the lane is full, or the vendor asked us to wait), or empty when done
     * @throws JobInterruptedException when the node is stopping: the job is taken up again
     */
    Optional<Instant> submit(UUID id, BooleanSupplier stopping) {
        var generation = generations.findById(id).orElse(null);
        if (generation == null || generation.state().terminal()) {
            return Optional.empty();
        }
        var provider = providers.find(generation.providerId()).orElse(null);
        if (provider == null) {
            lifecycle.failed(id, FailureReason.UNKNOWN, "No provider " + generation.providerId() + " any more");
            return Optional.empty();
        }
        var capabilities = provider.capabilities();
        boolean synchronous = capabilities.completion() == Completion.SYNCHRONOUS;
        if (generation.state() == GenerationState.QUEUED) {
            var claimed = lifecycle.claim(id, capabilities.maxInFlight(), synchronous);
            if (claimed.generation() != null) {
                generation = claimed.generation();
            }
            switch (claimed.claim()) {
                case WAIT -> {
                    return Optional.of(clock.instant().plus(WAIT_FOR_ROOM));
                }
                case NOT_QUEUED -> {
                    return Optional.empty();
                }
                case INTERRUPTED -> {
                    if (!capabilities.safeToResubmit()) {
                        lifecycle.failed(id, FailureReason.INTERRUPTED, "The submission was cut short; it is not sent twice");
                        return Optional.empty();
                    }
                    if (synchronous) {
                        lifecycle.makingHere(id);
                    }
                }
                case CLAIMED -> {
                    // ours to submit
                }
            }
        } else if (!synchronous || !capabilities.safeToResubmit()) {
            // the vendor has it: polls and webhooks take it from here
            return Optional.empty();
        } else {
            // made here once already, by a node that stopped before it was done: made again, here
            lifecycle.makingHere(id);
        }
        return synchronous ? makeHere(id, provider, stopping) : handOver(generation, provider);
    }

    /** A synchronous provider makes the result in this job; one cut short by a crash is made again. */
    private Optional<Instant> makeHere(UUID id, Provider provider, BooleanSupplier stopping) {
        var capabilities = provider.capabilities();
        var generation = lifecycle.submitted(id, id.toString(), null, clock.instant().plus(capabilities.deadline()), null,
                Map.of(), provider.sandboxed()).orElse(null);
        if (generation == null || generation.state().terminal()) {
            return Optional.empty();
        }
        var folder = work.fresh(id, "make");
        try {
            var outcome = provider.submit(request(generation, provider, null, folder, new Progress(id, stopping)));
            switch (outcome) {
                case SubmitOutcome.Completed completed -> finish(id, completed.files(), folder);
                case SubmitOutcome.Refused refused -> fail(id, refused.error());
                case SubmitOutcome.Accepted accepted ->
                        lifecycle.failed(id, FailureReason.UNKNOWN, provider.id() + " did not complete synchronously");
            }
        } catch (CancellationException cancelled) {
            if (Thread.interrupted() || stopping.getAsBoolean()) {
                throw new JobInterruptedException(id);
            }
            log.debug("Generation {} stopped: it was cancelled", id);
        } catch (ProviderException failed) {
            fail(id, failed.error());
        } catch (RuntimeException broken) {
            log.warn("Generation {} failed on {}", id, provider.id(), broken);
            lifecycle.failed(id, FailureReason.UNKNOWN, String.valueOf(broken.getMessage()));
        } finally {
            WorkFolders.delete(folder);
        }
        return Optional.empty();
    }

    /** Hands the generation to a vendor, once: a call that may have reached it is never sent again. */
    private Optional<Instant> handOver(Generation generation, Provider provider) {
        var id = generation.id();
        var capabilities = provider.capabilities();
        var token = SecretTokens.newToken();
        var callback = capabilities.completion() == Completion.CALLBACK
                ? URI.create(settings.publicBase() + "/webhooks/" + provider.id() + "/" + token) : null;
        var folder = work.fresh(id, "submit");
        SubmitOutcome outcome;
        try {
            var request = request(generation, provider, callback, folder, new Progress(id, () -> false));
            // creations keep the key's pace too, counted from when they leave
            awaitTurn(id, provider);
            outcome = provider.submit(request);
        } catch (JobInterruptedException stopping) {
            throw stopping;
        } catch (ProviderException failed) {
            if (failed.mayHaveBeenAccepted()) {
                lifecycle.failed(id, FailureReason.INTERRUPTED, failed.error().vendorMessage());
                return Optional.empty();
            }
            return refused(generation, failed.error());
        } catch (RuntimeException broken) {
            log.warn("Submitting generation {} to {} failed", id, provider.id(), broken);
            lifecycle.failed(id, FailureReason.UNKNOWN, String.valueOf(broken.getMessage()));
            return Optional.empty();
        } finally {
            WorkFolders.delete(folder);
        }
        var now = clock.instant();
        return switch (outcome) {
            case SubmitOutcome.Accepted accepted -> {
                lifecycle.submitted(id, accepted.vendorId(), SecretTokens.hash(token), now.plus(capabilities.deadline()),
                        pacing.first(now, capabilities, remaining(accepted.initial())), accepted.facts(), provider.sandboxed());
                if (accepted.initial() != null) {
                    apply(id, accepted.initial(), capabilities);
                }
                yield Optional.empty();
            }
            case SubmitOutcome.Completed completed -> {
                lifecycle.submitted(id, completed.vendorId(), SecretTokens.hash(token), now.plus(capabilities.deadline()), null,
                        Map.of(), provider.sandboxed());
                lifecycle.resultsReported(id, PendingResults.write(json, completed.files()), Map.of());
                yield Optional.empty();
            }
            case SubmitOutcome.Refused refused -> refused(generation, refused.error());
        };
    }

    /** Waits for the key's turn; a node stopping meanwhile puts the generation back in the queue (nothing was sent). */
    private void awaitTurn(UUID id, Provider provider) {
        try {
            pace.await(Lanes.of(provider.id()), provider.capabilities().minPollInterval());
        } catch (InterruptedException stopping) {
            lifecycle.unclaim(id);
            throw new JobInterruptedException(id);
        }
    }

    private Optional<Instant> refused(Generation generation, ProviderError error) {
        if (error.code().retryable() && generation.submitAttempts() < SUBMIT_ATTEMPTS) {
            lifecycle.unclaim(generation.id());
            // 1, 2, 4, 8, 16, 32 s, each with up to half again of jitter, so that refusals do not come back together
            var base = Duration.ofSeconds(1L << Math.min(generation.submitAttempts(), 5));
            var backoff = base.plusMillis(ThreadLocalRandom.current().nextLong(base.toMillis() / 2 + 1));
            if (error.retryAfter() != null && error.retryAfter().compareTo(backoff) > 0) {
                backoff = error.retryAfter();
            }
            return Optional.of(clock.instant().plus(backoff));
        }
        fail(generation.id(), error);
        return Optional.empty();
    }

    private SubmitRequest request(Generation generation, Provider provider, @Nullable URI callback, Path folder,
                                  JobControl control) {
        var conformed = media.conform(generation.teamId(), generation.photoId(), provider.capabilities().input());
        var image = new InputImage(conformed.asset(), conformed.format(), conformed.width(), conformed.height(),
                media.vendorLink(conformed.asset()));
        var options = options(generation);
        // further images (a mask, an end frame) go as they are: a mask must keep matching its photo
        var attachments = new LinkedHashMap<String, InputImage>();
        for (var option : provider.capabilities().options()) {
            var value = options.get(option.key());
            if (option.type() == OptionSpec.Type.IMAGE && value != null) {
                media.image(generation.teamId(), UUID.fromString(value)).ifPresent(file -> attachments.put(option.key(),
                        new InputImage(file.asset(), file.format(), file.width(), file.height(), media.vendorLink(file.asset()))));
            }
        }
        SubmitRequest.Parent parent = null;
        if (generation.continuesId() != null) {
            var earlier = generations.findById(generation.continuesId()).orElseThrow();
            parent = new SubmitRequest.Parent(Objects.requireNonNull(earlier.vendorId()),
                    VendorFacts.read(json, earlier.vendorFacts()));
        }
        return new SubmitRequest(generation.id(), generation.teamId(), generation.kind(), options, List.of(image),
                attachments, parent, callback, folder, control);
    }

    Map<String, String> options(Generation generation) {
        return json.readValue(generation.options(), new TypeReference<Map<String, String>>() { });
    }

    private void finish(UUID id, List<ResultFile> files, Path folder) {
        lifecycle.succeeded(id, generation -> results.store(generation, files, folder));
    }

    private void fail(UUID id, ProviderError error) {
        log.info("Generation {} failed: {} ({})", id, error.code(), error.vendorMessage());
        lifecycle.failed(id, FailureReason.of(error.code()), error.vendorMessage());
    }

    /** The copy job: the results a vendor reported, into our storage, then SUCCEEDED. */
    void fetchResults(UUID id) {
        var generation = generations.findById(id).orElse(null);
        if (generation == null || generation.state().terminal() || generation.pendingResults() == null) {
            return;
        }
        var files = PendingResults.read(json, generation.pendingResults());
        var folder = work.fresh(id, "fetch");
        try {
            finish(id, files, folder);
        } finally {
            WorkFolders.delete(folder);
        }
    }

    /** Applies what a provider says of a generation it holds. */
    void apply(UUID id, VendorStatus status, Capabilities capabilities) {
        apply(id, status, capabilities, generations.findById(id).map(Generation::polls).orElse(0), false);
    }

    /**
     * @param polls    how often the generation was polled so far (for the next poll's time)
     * @param prompted whether a webhook prompted the poll: then the regular schedule stays as it is
     */
    private void apply(UUID id, VendorStatus status, Capabilities capabilities, int polls, boolean prompted) {
        var now = clock.instant();
        switch (status) {
            case VendorStatus.Running running -> {
                var estimatedDone = running.remaining() == null ? null : now.plus(running.remaining());
                if (prompted) {
                    lifecycle.progressedBetweenPolls(id, running.progress(), running.raw(), estimatedDone);
                } else {
                    lifecycle.progressed(id, running.progress(), running.raw(), estimatedDone,
                            pacing.next(now, capabilities, polls, running.remaining()));
                }
            }
            case VendorStatus.Succeeded succeeded ->
                    lifecycle.resultsReported(id, PendingResults.write(json, succeeded.files()), succeeded.facts());
            case VendorStatus.Failed failed -> fail(id, failed.error());
            case VendorStatus.Cancelled cancelled -> lifecycle.cancelledByProvider(id);
        }
    }

    /** Asks the provider about generations it holds (at most one batch), and applies the answers. */
    void poll(Provider provider, List<Generation> batch) {
        poll(provider, batch, false);
    }

    private void poll(Provider provider, List<Generation> batch, boolean prompted) {
        var capabilities = provider.capabilities();
        Map<String, VendorStatus> statuses;
        try {
            pace.await(Lanes.of(provider.id()), capabilities.minPollInterval());
            statuses = provider.poll(batch.stream().map(generation -> Objects.requireNonNull(generation.vendorId())).toList());
        } catch (ProviderException failed) {
            log.info("Polling {} failed: {}", provider.id(), failed.getMessage());
            if (prompted) {
                return;
            }
            var now = clock.instant();
            if (failed.error().code() == ErrorCode.AUTH) {
                keyRefused(provider, batch, now);
                return;
            }
            batch.forEach(generation -> lifecycle.pollAgain(generation.id(),
                    pacing.afterError(now, capabilities, generation.polls(), failed.error().retryAfter())));
            return;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return;
        }
        var now = clock.instant();
        for (var generation : batch) {
            var status = statuses.get(generation.vendorId());
            if (status == null) {
                if (!prompted) {
                    lifecycle.pollAgain(generation.id(), pacing.next(now, capabilities, generation.polls(), null));
                }
            } else {
                apply(generation.id(), status, capabilities, generation.polls(), prompted);
            }
        }
    }

    /**
     * The vendor refused the key when asked about the batch (revoked while they run): each is asked
     * again later; once one has been refused a few times in a row it is held by the key (its card says
     * so) and the admins of its team are to be told.
     */
    private void keyRefused(Provider provider, List<Generation> batch, Instant now) {
        var capabilities = provider.capabilities();
        var teams = new java.util.LinkedHashSet<UUID>();
        for (var generation : batch) {
            if (lifecycle.keyRefusedOnPoll(generation.id(), pacing.afterError(now, capabilities, generation.polls(), null))) {
                teams.add(generation.teamId());
            }
        }
        var account = provider.accountKey().orElse(provider.id());
        teams.forEach(team -> events.publishEvent(new KeyRefused(provider.id(), provider.nameKey(), account, team)));
    }

    /** A key was saved (or removed) in the interface: generations its refusal held are asked about now. */
    @TransactionalEventListener(fallbackExecution = true)
    void keyChanged(VendorKeysChanged changed) {
        var affected = providers.all().stream()
                .filter(provider -> provider.accountKey().map(changed.vendor()::equals).orElse(false))
                .map(Provider::id).toList();
        if (affected.isEmpty()) {
            return;
        }
        var now = clock.instant();
        generations.heldByRefusedKeys(affected).forEach(id -> lifecycle.pollAgain(id, now));
    }

    /** A webhook arrived: ask the provider now what it has to say (the body itself is never trusted). */
    void pollNow(UUID id) {
        var generation = generations.findById(id).orElse(null);
        if (generation == null || generation.state().terminal() || generation.vendorId() == null
                || generation.pendingResults() != null) {
            return;
        }
        providers.find(generation.providerId())
                .filter(provider -> provider.capabilities().completion() != Completion.SYNCHRONOUS)
                .ifPresent(provider -> poll(provider, List.of(generation), true));
    }

    /** The cancel job: asks the vendor to stop what it no longer needs to make. */
    void cancelAtVendor(UUID id) {
        var generation = generations.findById(id).orElse(null);
        if (generation == null || generation.vendorId() == null) {
            return;
        }
        providers.find(generation.providerId()).ifPresent(provider -> {
            var outcome = provider.cancel(generation.vendorId());
            log.info("Asked {} to stop generation {}: {}", provider.id(), id, outcome);
        });
    }

    private static @Nullable Duration remaining(@Nullable VendorStatus status) {
        return status instanceof VendorStatus.Running running ? running.remaining() : null;
    }

    /**
     * Progress of a generation made here, written at most every {@value #PROGRESS_EVERY_MS} ms (and at
     * 100 %); it also tells the provider when the generation was cancelled meanwhile, or when this
     * node is stopping (the job is then taken up again).
     */
    private final class Progress implements JobControl {

        private static final long PROGRESS_EVERY_MS = 150;
        private static final long CHECK_EVERY_MS = 500;

        private final UUID id;
        private final BooleanSupplier stopping;
        private volatile boolean active = true;
        private volatile int written = -1;
        private volatile @Nullable WorkStep step;
        private volatile long writtenAt;
        private volatile long checkedAt = System.nanoTime();

        Progress(UUID id, BooleanSupplier stopping) {
            this.id = id;
            this.stopping = stopping;
        }

        @Override
        public synchronized void progressed(int percent) {
            long now = System.nanoTime();
            if (!active || percent <= written || (percent < 100 && (now - writtenAt) / 1_000_000 < PROGRESS_EVERY_MS)) {
                return;
            }
            written = percent;
            writtenAt = now;
            checkedAt = now;
            active = lifecycle.progressed(id, percent, null, null, null);
        }

        @Override
        public synchronized void progressed(int percent, WorkStep step) {
            if (!active) {
                return;
            }
            if (step.equals(this.step)) {
                progressed(percent);
                return;
            }
            // a new step is news at once: the member sees which shot is being made as it begins
            long now = System.nanoTime();
            this.step = step;
            written = Math.max(written, percent);
            writtenAt = now;
            checkedAt = now;
            active = lifecycle.working(id, percent, step);
        }

        @Override
        public boolean cancelled() {
            if (stopping.getAsBoolean()) {
                return true;
            }
            long now = System.nanoTime();
            if (active && (now - checkedAt) / 1_000_000 >= CHECK_EVERY_MS) {
                checkedAt = now;
                active = generations.findById(id).map(generation -> !generation.state().terminal()).orElse(false);
            }
            return !active;
        }
    }
}
