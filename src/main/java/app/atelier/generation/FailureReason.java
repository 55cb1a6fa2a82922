package app.atelier.generation;

import app.atelier.provider.ErrorCode;

import java.util.Locale;

/** Why a generation failed, in words the interface explains to members. */
public enum FailureReason {
    INVALID_INPUT,
    AUTH,
    NO_CREDIT,
    RATE_LIMITED,
    VENDOR_DOWN,
    REJECTED,
    UNKNOWN,
    /** Past its deadline (at the vendor, or waiting in the queue). */
    TIMED_OUT,
    /** Its submission was cut short, and sending it again might have charged twice. */
    INTERRUPTED,
    /** The provider made it but its files could not be copied to us. */
    RESULT_UNAVAILABLE;

    public static FailureReason of(ErrorCode code) {
        return valueOf(code.name());
    }

    public String messageKey() {
        return "generation.failure." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
