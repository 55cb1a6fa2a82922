package app.atelier.provider;

import org.jspecify.annotations.Nullable;

import java.time.Duration;

/**
 * A provider's error in our words, with the vendor's own message kept for the log and for admins.
 *
 * @param retryAfter how long the vendor asked us to wait, when it said
 */
public record ProviderError(ErrorCode code, String vendorMessage, @Nullable Duration retryAfter) {

    public ProviderError(ErrorCode code, String vendorMessage) {
        this(code, vendorMessage, null);
    }
}
