package app.atelier.provider;

import java.time.Instant;

/**
 * What a vendor says is left on its account.
 *
 * @param unitKey i18n key of what is counted ("videos", "credits")
 */
public record VendorBalance(long remaining, String unitKey, Instant readAt) {
}
