package app.atelier.generation.work;

import app.atelier.generation.FailureReason;
import app.atelier.generation.GenerationState;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.WorkStep;
import app.atelier.shared.AuditedEntity;
import app.atelier.shared.CreditCurrency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * One request to one provider, with its life. Every change goes through a method that checks the
 * state machine ({@link GenerationState#canMoveTo}) and returns false when the change does not apply
 * (a late or duplicate report): callers then change nothing else. Concurrent changes are caught by
 * the optimistic lock.
 */
@Entity
@Table(name = "generation")
public class Generation extends AuditedEntity {

    private UUID teamId;
    private UUID projectId;
    private UUID memberId;
    private UUID photoId;
    private @Nullable UUID parentId;
    private @Nullable UUID retryOfId;
    private String providerId;
    @Enumerated(EnumType.STRING)
    private GenerationKind kind;
    private String options;
    @Enumerated(EnumType.STRING)
    private GenerationState state;
    private int progress;
    private @Nullable String vendorId;
    private @Nullable String vendorStatus;
    private @Nullable String workStep;
    @Enumerated(EnumType.STRING)
    @Column(name = "error_code")
    private @Nullable FailureReason failure;
    private @Nullable String errorMessage;
    @Enumerated(EnumType.STRING)
    private CreditCurrency costCurrency;
    private int costAmount;
    private @Nullable String webhookTokenHash;
    private int submitAttempts;
    private @Nullable Instant submitStartedAt;
    private @Nullable String madeOn;
    private @Nullable Instant submittedAt;
    private @Nullable Instant finishedAt;
    private @Nullable Instant nextPollAt;
    private int polls;
    private int keyRefusals;
    private @Nullable Instant estimatedDoneAt;
    private Instant deadlineAt;
    private @Nullable String pendingResults;
    private @Nullable String vendorFacts;
    private boolean sandbox;
    private @Nullable UUID continuesId;
    private boolean viaApi;

    protected Generation() {
        this.teamId = new UUID(0, 0);
        this.projectId = teamId;
        this.memberId = teamId;
        this.photoId = teamId;
        this.providerId = "";
        this.kind = GenerationKind.CAMERA_MOTION;
        this.options = "{}";
        this.state = GenerationState.QUEUED;
        this.costCurrency = CreditCurrency.VIDEO;
        this.deadlineAt = Instant.EPOCH;
    }

    public Generation(UUID teamId, UUID projectId, UUID memberId, UUID photoId, String providerId, GenerationKind kind,
                      String options, CreditCurrency costCurrency, int costAmount, Instant queueDeadline,
                      @Nullable UUID retryOfId) {
        this.teamId = teamId;
        this.projectId = projectId;
        this.memberId = memberId;
        this.photoId = photoId;
        this.providerId = providerId;
        this.kind = kind;
        this.options = options;
        this.state = GenerationState.QUEUED;
        this.costCurrency = costCurrency;
        this.costAmount = costAmount;
        this.deadlineAt = queueDeadline;
        this.retryOfId = retryOfId;
    }

    /**
     * Starts a submission: from here on, the provider may have it even if we never hear back.
     *
     * @param node the node that makes it itself, for work done here (null: a vendor makes it)
     */
    public boolean claim(Instant now, @Nullable String node) {
        if (state != GenerationState.QUEUED || submitStartedAt != null) {
            return false;
        }
        submitStartedAt = now;
        madeOn = node;
        submitAttempts++;
        return true;
    }

    /** Work done here, taken up by {@code node} after the node that made it stopped. */
    public boolean makingOn(String node) {
        if (state.terminal() || node.equals(madeOn)) {
            return false;
        }
        madeOn = node;
        return true;
    }

    /** The provider turned the submission down for now (rate limit, outage): it may be sent again. */
    public boolean unclaim() {
        if (state != GenerationState.QUEUED || submitStartedAt == null) {
            return false;
        }
        submitStartedAt = null;
        return true;
    }

    /**
     * The provider has it, under {@code vendorId}.
     *
     * @param sandbox whether the provider was the sandbox standing in for the vendor
     */
    public boolean submitted(String vendorId, @Nullable String webhookTokenHash, Instant now, Instant deadline,
                             @Nullable Instant firstPoll, boolean sandbox) {
        if (state != GenerationState.QUEUED) {
            return false;
        }
        state = GenerationState.SUBMITTED;
        this.sandbox = sandbox;
        this.vendorId = vendorId;
        this.webhookTokenHash = webhookTokenHash;
        submittedAt = now;
        deadlineAt = deadline;
        nextPollAt = firstPoll;
        return true;
    }

    /**
     * Work goes on: RUNNING, with progress that only moves forward. The next poll is set even when
     * nothing changed.
     *
     * @param percent  -1 when the provider does not say
     * @param nextPoll when to ask again (null for work done here, which reports by itself)
     */
    public boolean progressed(int percent, @Nullable String rawStatus, @Nullable Instant estimatedDone,
                              @Nullable Instant nextPoll) {
        var noted = noted(percent, rawStatus, estimatedDone);
        if (noted == Noted.ENDED) {
            return false;
        }
        if (nextPoll != null) {
            polls++;
        }
        nextPollAt = nextPoll;
        return noted == Noted.CHANGED;
    }

    /**
     * What a poll a webhook prompted learnt: as {@link #progressed}, but the regular polls keep their
     * schedule, so that webhooks that bring nothing new write nothing.
     */
    public boolean progressedBetweenPolls(int percent, @Nullable String rawStatus, @Nullable Instant estimatedDone) {
        return noted(percent, rawStatus, estimatedDone) == Noted.CHANGED;
    }

    /**
     * Work done here goes on, busy with {@code step}: as {@link #progressed}, a change of step being
     * news of its own.
     */
    public boolean working(int percent, WorkStep step) {
        var noted = noted(percent, null, null);
        if (noted == Noted.ENDED) {
            return false;
        }
        var written = step.written();
        if (written.length() <= WorkStep.LONGEST && !written.equals(workStep)) {
            workStep = written;
            return true;
        }
        return noted == Noted.CHANGED;
    }

    /** What work done here said it was busy with last, while it is under way. */
    public @Nullable WorkStep workStep() {
        return state == GenerationState.RUNNING ? WorkStep.read(workStep).orElse(null) : null;
    }

    private enum Noted { ENDED, SAME, CHANGED }

    /** Takes in what the provider says of work under way; touches only what changed. */
    private Noted noted(int percent, @Nullable String rawStatus, @Nullable Instant estimatedDone) {
        if (!state.canMoveTo(GenerationState.RUNNING)) {
            return Noted.ENDED;
        }
        boolean wasRefused = keyRefused();
        keyRefusals = 0;
        int before = progress;
        var stateBefore = state;
        state = GenerationState.RUNNING;
        progress = Math.max(progress, Math.min(100, percent));
        if (rawStatus != null && !truncate(rawStatus, 100).equals(vendorStatus)) {
            vendorStatus = truncate(rawStatus, 100);
        }
        if (estimatedDone != null && !estimatedDone.equals(estimatedDoneAt)) {
            estimatedDoneAt = estimatedDone;
        }
        return stateBefore != state || before != progress || wasRefused ? Noted.CHANGED : Noted.SAME;
    }

    /** How many status calls in a row are refused for the key before the generation counts as held by it. */
    public static final int KEY_REFUSED_AFTER = 3;

    /** Whether the vendor kept refusing the key when asked how this generation goes. */
    public boolean keyRefused() {
        return keyRefusals >= KEY_REFUSED_AFTER;
    }

    /**
     * The vendor refused the key on a status call; asked again at {@code nextPoll}.
     *
     * @return true when this refusal is the one that makes the generation held by the key
     */
    public boolean keyRefusedOnPoll(Instant nextPoll) {
        keyRefusals++;
        polls++;
        nextPollAt = nextPoll;
        return keyRefusals == KEY_REFUSED_AFTER;
    }

    /** The next poll, after one that told nothing new. */
    public void pollAgainAt(Instant nextPoll) {
        polls++;
        nextPollAt = nextPoll;
    }

    /** The provider reports results; they are copied before the generation counts as succeeded. */
    public boolean resultsReported(String results) {
        if (!state.canMoveTo(GenerationState.SUCCEEDED) || pendingResults != null) {
            return false;
        }
        state = GenerationState.RUNNING;
        progress = 100;
        keyRefusals = 0;
        pendingResults = results;
        nextPollAt = null;
        return true;
    }

    /** What the vendor said worth keeping, as a JSON object of strings ({@link VendorFacts}). */
    void noteVendorFacts(@Nullable String json) {
        vendorFacts = json;
    }

    public @Nullable String vendorFacts() {
        return vendorFacts;
    }

    public boolean sandbox() {
        return sandbox;
    }

    /** The earlier generation this one continues (a variation, an extension), if any. */
    public @Nullable UUID continuesId() {
        return continuesId;
    }

    public void continues(UUID earlier) {
        continuesId = earlier;
    }

    /** Marks it as asked for through the REST API. */
    public void viaApi() {
        viaApi = true;
    }

    public boolean madeViaApi() {
        return viaApi;
    }

    public boolean succeeded(Instant now) {
        if (!state.canMoveTo(GenerationState.SUCCEEDED)) {
            return false;
        }
        state = GenerationState.SUCCEEDED;
        progress = 100;
        finish(now);
        return true;
    }

    public boolean failed(FailureReason reason, @Nullable String message, Instant now) {
        if (!state.canMoveTo(GenerationState.FAILED)) {
            return false;
        }
        state = GenerationState.FAILED;
        failure = reason;
        errorMessage = message == null ? null : truncate(message, 2000);
        finish(now);
        return true;
    }

    public boolean cancelled(Instant now) {
        if (!state.canMoveTo(GenerationState.CANCELLED)) {
            return false;
        }
        state = GenerationState.CANCELLED;
        finish(now);
        return true;
    }

    private void finish(Instant now) {
        finishedAt = now;
        nextPollAt = null;
        pendingResults = null;
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    public UUID teamId() {
        return teamId;
    }

    public UUID projectId() {
        return projectId;
    }

    public UUID memberId() {
        return memberId;
    }

    public UUID photoId() {
        return photoId;
    }

    public @Nullable UUID parentId() {
        return parentId;
    }

    public @Nullable UUID retryOfId() {
        return retryOfId;
    }

    public String providerId() {
        return providerId;
    }

    public GenerationKind kind() {
        return kind;
    }

    public String options() {
        return options;
    }

    public GenerationState state() {
        return state;
    }

    public int progress() {
        return progress;
    }

    /** When the provider expects to be done, where it says. */
    public @Nullable Instant estimatedDoneAt() {
        return estimatedDoneAt;
    }

    public @Nullable String vendorId() {
        return vendorId;
    }

    public @Nullable FailureReason failure() {
        return failure;
    }

    public @Nullable String errorMessage() {
        return errorMessage;
    }

    public CreditCurrency costCurrency() {
        return costCurrency;
    }

    public int costAmount() {
        return costAmount;
    }

    public boolean submissionStarted() {
        return submitStartedAt != null;
    }

    public int submitAttempts() {
        return submitAttempts;
    }

    public @Nullable Instant submittedAt() {
        return submittedAt;
    }

    public @Nullable Instant finishedAt() {
        return finishedAt;
    }

    public @Nullable Instant nextPollAt() {
        return nextPollAt;
    }

    public int polls() {
        return polls;
    }

    public Instant deadlineAt() {
        return deadlineAt;
    }

    public @Nullable String pendingResults() {
        return pendingResults;
    }
}
