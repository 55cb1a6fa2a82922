package app.atelier.generation;

import app.atelier.provider.ErrorCode;

/** Why a generation failed, in words the interface explains to members. */
public enum FailureReason {
    INVALID_INPUT("generation.failure.invalid-input"),
    AUTH("generation.failure.auth"),
    NO_CREDIT("generation.failure.no-credit"),
    RATE_LIMITED("generation.failure.rate-limited"),
    VENDOR_DOWN("generation.failure.vendor-down"),
    REJECTED("generation.failure.rejected"),
    FAILED_AT_VENDOR("generation.failure.failed-at-vendor"),
    UNKNOWN("generation.failure.unknown"),
    /** Past its deadline (at the vendor, or waiting in the queue). */
    TIMED_OUT("generation.failure.timed-out"),
    /** Its submission was cut short, and sending it again might have charged twice. */
    INTERRUPTED("generation.failure.interrupted"),
    /** The provider made it but its files could not be copied to us. */
    RESULT_UNAVAILABLE("generation.failure.result-unavailable");

    private final String messageKey;

    FailureReason(String messageKey) {
        this.messageKey = messageKey;
    }

    public static FailureReason of(ErrorCode code) {
        return valueOf(code.name());
    }

    /** i18n key of what members read: what happened, in plain words, and what to do. */
    public String messageKey() {
        return messageKey;
    }
}
