package app.atelier.provider;

/** What asking a provider to stop a generation gave. */
public enum CancelOutcome {
    CANCELLED,
    NOT_SUPPORTED,
    FAILED
}
