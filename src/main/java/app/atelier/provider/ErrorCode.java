package app.atelier.provider;

/** Every vendor's errors, mapped onto the few the interface explains (docs/vendors.md). */
public enum ErrorCode {
    /** The request or its inputs were refused: fix and retry. */
    INVALID_INPUT,
    /** The key is missing or wrong: the admin must fix it. */
    AUTH,
    /** The vendor account has no credit left. */
    NO_CREDIT,
    /** Too many requests: retry later. */
    RATE_LIMITED,
    /** The vendor failed or did not answer: retry later. */
    VENDOR_DOWN,
    /** The content was refused by the vendor's policy. */
    REJECTED,
    /** The vendor took the task and answered that it failed (not for its content, its input or an outage). */
    FAILED_AT_VENDOR,
    /** Anything else. */
    UNKNOWN;

    /** Whether the same request may be sent again after a while (and only these, docs/vendors.md). */
    public boolean retryable() {
        return this == RATE_LIMITED || this == VENDOR_DOWN;
    }
}
