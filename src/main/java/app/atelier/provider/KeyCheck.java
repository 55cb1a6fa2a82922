package app.atelier.provider;

import org.jspecify.annotations.Nullable;

/** What a vendor said of a key (being entered, or in use), and what was done with it. */
public sealed interface KeyCheck {

    /** Whether the key is now saved. */
    boolean saved();

    /**
     * The vendor accepted the key.
     *
     * @param balance what it says is left, when it says
     * @param saved   whether the key is now saved
     */
    record Accepted(@Nullable VendorBalance balance, boolean saved) implements KeyCheck {
    }

    /**
     * The key was not accepted, or could not be checked.
     *
     * @param messageKey i18n key of what happened ("vendor-keys.refused.auth", ...)
     * @param detail     the vendor's words, for admins
     * @param saved      whether the key was saved anyway (it could not be checked: the vendor did not answer)
     */
    record Refused(String messageKey, String detail, boolean saved) implements KeyCheck {
    }
}
