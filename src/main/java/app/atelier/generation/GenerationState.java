package app.atelier.generation;

/**
 * Where a generation is in its life. It only moves forward; a terminal state is final, so a late or
 * duplicate webhook or poll result changes nothing.
 *
 * <pre>
 * QUEUED ─▶ SUBMITTED ─▶ RUNNING (progress) ─▶ SUCCEEDED
 *    └──────────┴────────────┴──────▶ FAILED | CANCELLED
 * </pre>
 */
public enum GenerationState {
    /** Waiting its turn (credits reserved). */
    QUEUED,
    /** Handed to the provider. */
    SUBMITTED,
    /** Being made; its progress moves. */
    RUNNING,
    /** Done, its results in our storage. */
    SUCCEEDED,
    /** Ended without a result; its credits were given back. */
    FAILED,
    /** Stopped on request; its credits were given back. */
    CANCELLED;

    public boolean terminal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }

    /** Whether a generation in this state may move to {@code next} (RUNNING to RUNNING is progress). */
    public boolean canMoveTo(GenerationState next) {
        return switch (this) {
            case QUEUED -> next == SUBMITTED || next == RUNNING || next == FAILED || next == CANCELLED;
            case SUBMITTED -> next == RUNNING || next == SUCCEEDED || next == FAILED || next == CANCELLED;
            case RUNNING -> next == RUNNING || next == SUCCEEDED || next == FAILED || next == CANCELLED;
            case SUCCEEDED, FAILED, CANCELLED -> false;
        };
    }

    public String labelKey() {
        return switch (this) {
            case QUEUED -> "generation.state.queued";
            case SUBMITTED -> "generation.state.submitted";
            case RUNNING -> "generation.state.running";
            case SUCCEEDED -> "generation.state.succeeded";
            case FAILED -> "generation.state.failed";
            case CANCELLED -> "generation.state.cancelled";
        };
    }
}
