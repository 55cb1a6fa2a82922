package app.atelier.provider;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A vendor account's balance as last read.
 *
 * @param balance    what the vendor said is left, when it says
 * @param problemKey i18n key of why it could not be read, if it could not
 * @param sandboxed  whether it is the sandbox's (simulated) balance
 * @param readAt     when it was read (or tried)
 */
public record VendorAccountBalance(String vendor, String name, @Nullable VendorBalance balance, @Nullable String problemKey,
                                   boolean sandboxed, Instant readAt) {
}
