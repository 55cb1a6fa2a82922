package app.atelier.generation.work;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The background jobs ({@code atelier.jobs.*}).
 *
 * @param threads          jobs run at once on this node (a local render holds one for its length)
 * @param pollingInterval  how often this node looks for due jobs that another node scheduled
 * @param heartbeat        how often a running job says it is alive; one silent for
 *                         {@code missedHeartbeats} heartbeats is taken up again (its node died)
 * @param shutdownWait     how long a stopping node lets running jobs finish before interrupting them
 *                         (an interrupted job is taken up again at once, by this node or another)
 * @param sweepInterval    how often generations are checked for a due poll or a passed deadline
 * @param fastestPoll      the shortest wait between two polls of one generation (5 s; vendors slow it further)
 * @param queueDeadline    how long a generation may wait in the queue before it fails
 * @param webhookMaxBody   the largest webhook body accepted
 */
@Validated
@ConfigurationProperties("atelier.jobs")
public record JobsProperties(@DefaultValue("8") @Min(2) int threads,
                             @DefaultValue("1s") @NotNull Duration pollingInterval,
                             @DefaultValue("10s") @NotNull Duration heartbeat,
                             @DefaultValue("4") @Min(4) int missedHeartbeats,
                             @DefaultValue("10s") @NotNull Duration shutdownWait,
                             @DefaultValue("1s") @NotNull Duration sweepInterval,
                             @DefaultValue("5s") @NotNull Duration fastestPoll,
                             @DefaultValue("24h") @NotNull Duration queueDeadline,
                             @DefaultValue("256KB") @NotNull DataSize webhookMaxBody) {
}
