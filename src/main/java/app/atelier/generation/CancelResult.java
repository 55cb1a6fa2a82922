package app.atelier.generation;

/** What asking to cancel a generation gave. */
public enum CancelResult {
    CANCELLED,
    /** The provider cannot stop a generation once it has it. */
    NOT_CANCELLABLE,
    ALREADY_ENDED,
    /** Only whoever asked for it, or an admin, may cancel it. */
    NOT_YOURS,
    NOT_FOUND
}
