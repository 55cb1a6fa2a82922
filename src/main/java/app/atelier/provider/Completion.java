package app.atelier.provider;

/** How a provider lets us know a generation is done. */
public enum Completion {
    /** {@link Provider#submit} returns the result itself (it runs here, in the job that submits). */
    SYNCHRONOUS,
    /** We ask, paced by the provider's estimate. */
    POLLING,
    /** The provider calls our webhook when something changes; we still poll, more slowly, in case it does not. */
    CALLBACK
}
