package app.atelier.pipeline.internal;

import app.atelier.generation.work.GenerationJobs;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Puts generation jobs in the job table. Called inside a transaction, the job row is part of it (the
 * scheduler writes through the transaction's connection): a job exists exactly when the change that
 * wants it committed. Once committed, this node looks for due jobs at once instead of at its next poll.
 */
@Component
class JobScheduling implements GenerationJobs {

    static final TaskDescriptor<Void> SUBMIT = TaskDescriptor.of("generation-submit");
    static final TaskDescriptor<Void> FETCH_RESULTS = TaskDescriptor.of("generation-fetch-results");
    static final TaskDescriptor<Void> CANCEL_AT_VENDOR = TaskDescriptor.of("generation-cancel-at-vendor");
    static final String SWEEP = "generation-sweep";
    static final String TABLE = "scheduled_tasks";

    private final ObjectProvider<SchedulerClient> client;
    private final ObjectProvider<Jobs> jobs;
    private final Clock clock;

    JobScheduling(ObjectProvider<SchedulerClient> client, ObjectProvider<Jobs> jobs, Clock clock) {
        this.client = client;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public void submit(UUID generationId) {
        once(SUBMIT, generationId);
    }

    @Override
    public void fetchResults(UUID generationId) {
        once(FETCH_RESULTS, generationId);
    }

    @Override
    public void cancelAtVendor(UUID generationId) {
        once(CANCEL_AT_VENDOR, generationId);
    }

    boolean hasSubmit(UUID generationId) {
        return client.getObject().getScheduledExecution(SUBMIT.instanceId(generationId.toString())).isPresent();
    }

    boolean hasFetch(UUID generationId) {
        return client.getObject().getScheduledExecution(FETCH_RESULTS.instanceId(generationId.toString())).isPresent();
    }

    /** Brings a waiting submission forward to now (nothing happens if it is running or gone). */
    @Override
    public void submitNow(UUID generationId) {
        try {
            if (client.getObject().reschedule(SUBMIT.instanceId(generationId.toString()), clock.instant())) {
                checkForDueJobs();
            }
        } catch (RuntimeException pickedMeanwhile) {
            // it is being executed: it will look again itself
        }
    }

    private void once(TaskDescriptor<Void> task, UUID generationId) {
        client.getObject().scheduleIfNotExists(task.instance(generationId.toString()).build(), clock.instant());
        checkForDueJobs();
    }

    private void checkForDueJobs() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    jobs.getObject().checkForDueJobs();
                }
            });
        } else {
            jobs.getObject().checkForDueJobs();
        }
    }

    Instant now() {
        return clock.instant();
    }
}
