package app.atelier.provider.vendor;

import app.atelier.provider.VendorBalance;
import org.jspecify.annotations.Nullable;

import java.util.Optional;

/**
 * A vendor account whose key an admin can enter: IA Créa (shared by its two APIs), Evolink, AceData.
 * Its balance is read with the key in use; a key being entered is tried with the same call.
 */
public interface VendorAccount {

    /** The account's id where its key is saved ({@code iacrea}, {@code evolink}, {@code acedata}). */
    String keyId();

    /** The vendor's name, as members read it. */
    String name();

    /** The setting that holds its key in the configuration. */
    String keySetting();

    /** Whether a user id goes with the key (IA Créa's developer space gives one). */
    default boolean needsAccountId() {
        return false;
    }

    VendorConnection connection();

    /**
     * What the vendor says is left, read with the key in use (or from the sandbox); empty when it has
     * no key or does not say.
     *
     * @throws app.atelier.provider.ProviderException when the vendor refused or could not be reached
     */
    Optional<VendorBalance> balance();

    /**
     * Tries a key (not saved) against the real vendor: its balance where it has one, empty when it
     * accepted the key but says nothing of a balance.
     *
     * @throws app.atelier.provider.ProviderException when the vendor refused the key or could not be reached
     */
    Optional<VendorBalance> tryKey(String key, @Nullable String accountId);
}
