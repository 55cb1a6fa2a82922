package app.atelier.provider;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A vendor account's key as admins see it: never the key itself.
 *
 * @param vendor         the account's id ({@code iacrea}, {@code evolink}, {@code acedata})
 * @param hint           the last four characters of a key saved in the interface, or empty
 * @param accountId      the user id saved with it (IA Créa), if any
 * @param savedAt        when it was saved in the interface, if it was
 * @param needsAccountId whether a user id goes with the key
 * @param keySetting     the setting that can hold the key instead
 */
public record VendorKeyState(String vendor, String name, Source source, String hint, @Nullable String accountId,
                             @Nullable Instant savedAt, boolean needsAccountId, String keySetting) {

    /** Where the key in use comes from. */
    public enum Source {
        /** Saved in the interface (it wins over the settings). */
        SAVED,
        /** From the configuration ({@code atelier.providers.*}). */
        SETTINGS,
        /** No key: the sandbox stands in. */
        SANDBOX,
        /** No key and no sandbox: not offered. */
        NONE
    }
}
