package app.atelier.pipeline.internal;

import app.atelier.generation.FailureReason;
import app.atelier.generation.work.GenerationLifecycle;
import app.atelier.generation.work.JobsProperties;
import app.atelier.shared.ThisNode;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The durable jobs, in the application's database (db-scheduler, decision 0012): one-time jobs per
 * generation (submit, copy results, cancel at the vendor) and the recurring sweep. Jobs are written
 * through the caller's transaction (so they exist exactly when the change that wants them commits)
 * and run by one node at a time; one whose node died is taken up again once its heartbeat is stale.
 */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(JobsConfiguration.class);

    /** The per-generation jobs. */
    record GenerationTasks(List<Task<?>> all) {
    }

    @Bean
    GenerationTasks generationTasks(Pipeline pipeline, GenerationLifecycle lifecycle, Clock clock) {
        var submit = Tasks.custom(JobScheduling.SUBMIT)
                .onFailure(retrying(clock, 8, id -> lifecycle.failed(id, FailureReason.UNKNOWN, "The submission kept failing")))
                .onDeadExecutionRevive()
                .execute((instance, context) -> {
                    var again = pipeline.submit(UUID.fromString(instance.getId()),
                            () -> context.getSchedulerState().isShuttingDown());
                    return (complete, operations) -> again.ifPresentOrElse(
                            at -> operations.reschedule(complete, at), operations::remove);
                });
        var fetch = Tasks.custom(JobScheduling.FETCH_RESULTS)
                .onFailure(retrying(clock, 6, id -> lifecycle.failed(id, FailureReason.RESULT_UNAVAILABLE,
                        "The results could not be copied")))
                .onDeadExecutionRevive()
                .execute((instance, context) -> {
                    pipeline.fetchResults(UUID.fromString(instance.getId()));
                    return (complete, operations) -> operations.remove();
                });
        var cancel = Tasks.custom(JobScheduling.CANCEL_AT_VENDOR)
                .onFailure(retrying(clock, 4, id -> log.warn("Could not ask the vendor to stop generation {}", id)))
                .onDeadExecutionRevive()
                .execute((instance, context) -> {
                    pipeline.cancelAtVendor(UUID.fromString(instance.getId()));
                    return (complete, operations) -> operations.remove();
                });
        return new GenerationTasks(List.of(submit, fetch, cancel));
    }

    @Bean
    RecurringTask<Void> sweeping(JobsProperties settings, Sweep sweep) {
        return Tasks.recurring(JobScheduling.SWEEP, Schedules.fixedDelay(settings.sweepInterval()))
                .execute((instance, context) -> sweep.run());
    }

    /** Writes jobs (through the current transaction, if any), whether or not this node runs them. */
    @Bean
    SchedulerClient jobClient(DataSource dataSource, GenerationTasks tasks) {
        return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), tasks.all())
                .tableName(JobScheduling.TABLE)
                .build();
    }

    @Bean
    Jobs jobs(DataSource dataSource, JobsProperties settings, GenerationTasks tasks, RecurringTask<Void> sweeping,
              Clock clock, ThisNode node) {
        return new Jobs(dataSource, settings, tasks.all(), sweeping, clock, node);
    }

    /**
     * Retries a failed job with a growing wait (1, 2, 4 ... s, at most a minute), and gives up after
     * {@code attempts}, calling {@code giveUp}. A job interrupted by a stopping node is retried at once.
     */
    static FailureHandler<Void> retrying(Clock clock, int attempts, Consumer<UUID> giveUp) {
        return (ExecutionComplete complete, ExecutionOperations<Void> operations) -> {
            var execution = complete.getExecution();
            var cause = complete.getCause().orElse(null);
            if (cause instanceof JobInterruptedException) {
                operations.reschedule(complete, clock.instant());
                return;
            }
            int failures = execution.consecutiveFailures + 1;
            if (failures >= attempts) {
                log.warn("Job {} failed {} times; giving up", execution.taskInstance, failures, cause);
                operations.remove();
                giveUp.accept(UUID.fromString(execution.taskInstance.getId()));
                return;
            }
            var wait = Duration.ofSeconds(Math.min(60, 1L << Math.min(failures - 1, 6)));
            log.info("Job {} failed ({}); trying again in {} s", execution.taskInstance, String.valueOf(cause), wait.toSeconds());
            operations.reschedule(complete, clock.instant().plus(wait));
        };
    }
}
