package app.atelier.pipeline.internal;

import app.atelier.generation.work.JobsProperties;
import app.atelier.shared.ThisNode;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.logging.LogLevel;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * This node's job runner (db-scheduler). It starts once the application and its schema are ready and
 * stops first on the way down, letting running jobs finish for a while and then interrupting them
 * (they are taken up again at once, here or elsewhere). A stopped runner can start again (a new one
 * is made). Every half minute it also makes sure the recurring sweep is in the job table.
 */
public class Jobs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    private final DataSource dataSource;
    private final JobsProperties settings;
    private final List<Task<?>> tasks;
    private final RecurringTask<Void> sweeping;
    private final Clock clock;
    private final ThisNode node;
    private volatile @Nullable Scheduler scheduler;
    private volatile @Nullable ScheduledExecutorService watchdog;

    Jobs(DataSource dataSource, JobsProperties settings, List<Task<?>> tasks, RecurringTask<Void> sweeping, Clock clock,
         ThisNode node) {
        this.node = node;
        this.dataSource = dataSource;
        this.settings = settings;
        this.tasks = tasks;
        this.sweeping = sweeping;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        var started = Scheduler.create(dataSource, tasks)
                .startTasks(sweeping)
                .threads(settings.threads())
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(settings.heartbeat())
                .missedHeartbeatsLimit(settings.missedHeartbeats())
                .shutdownMaxWait(settings.shutdownWait())
                .schedulerName(new SchedulerName.Fixed(node.name()))
                .tableName(JobScheduling.TABLE)
                .alwaysPersistTimestampInUTC()
                // failures are told by the tasks' own handlers, once, with what happens next
                .failureLogging(LogLevel.DEBUG, true)
                .build();
        started.start();
        log.info("Jobs run on this node as {} ({} at once)", node.name(), settings.threads());
        scheduler = started;
        var checks = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("jobs-watchdog").factory());
        checks.scheduleWithFixedDelay(this::ensureSweeping, 30, 30, TimeUnit.SECONDS);
        watchdog = checks;
    }

    @Override
    public synchronized void stop() {
        var checks = watchdog;
        if (checks != null) {
            checks.shutdownNow();
            watchdog = null;
        }
        var running = scheduler;
        if (running != null) {
            scheduler = null;
            running.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public int getPhase() {
        // start after the web server and the event relay, stop before them
        return Integer.MAX_VALUE - 100;
    }

    /** Looks for due jobs now rather than at the next poll (jobs just scheduled by this node). */
    void checkForDueJobs() {
        var running = scheduler;
        if (running != null) {
            running.triggerCheckForDueExecutions();
        }
    }

    /** Puts the recurring sweep back in the job table if its row went missing. */
    public void ensureSweeping() {
        try {
            var running = scheduler;
            if (running != null && running.scheduleIfNotExists(sweeping.instance(RecurringTask.INSTANCE), clock.instant())) {
                log.warn("The recurring sweep was missing from the job table; it is back");
            }
        } catch (RuntimeException e) {
            log.warn("Could not check the recurring sweep", e);
        }
    }

    /** Stops taking new jobs and waits until the running ones are done (tests that rebuild the schema). */
    public void pauseAndDrain(Duration atMost) throws InterruptedException {
        var running = scheduler;
        if (running == null) {
            return;
        }
        running.pause();
        long until = System.nanoTime() + atMost.toNanos();
        while (!running.getCurrentlyExecuting().isEmpty() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
    }

    public void resume() {
        var running = scheduler;
        if (running != null) {
            running.resume();
        }
    }
}
