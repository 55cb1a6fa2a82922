package app.atelier.provider;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Something that can run a generation: the local engine, or a vendor's API. The pipeline drives
 * every provider the same way, guided by its {@link #capabilities()}: it submits; then, unless the
 * provider completed synchronously, it polls (in batches where the provider allows), prompted
 * sooner by webhooks; it copies the results; it cancels where the provider allows.
 */
public interface Provider {

    /** A stable id, stored with each generation and used in webhook addresses. */
    String id();

    /** i18n key of the provider's name as members see it. */
    String nameKey();

    Capabilities capabilities();

    /**
     * What one generation with these options (checked, defaults filled in) costs a member: the
     * capabilities' cost unless the price depends on the options (a longer video).
     */
    default Cost cost(Map<String, String> options) {
        return capabilities().cost();
    }

    /** What it can make of one of its finished generations (a variation, an extension), if anything. */
    default Continuation continuation() {
        return Continuation.NONE;
    }

    /** Whether it can take generations now: a vendor needs a key, or the sandbox standing in for it. */
    default boolean available() {
        return true;
    }

    /** Whether what it makes is simulated (the sandbox): labelled so wherever members see it. */
    default boolean sandboxed() {
        return false;
    }

    /**
     * Hands a generation over. A synchronous provider works here and returns {@link SubmitOutcome.Completed}.
     *
     * @throws ProviderException when the call failed; see {@link ProviderException#mayHaveBeenAccepted()}
     */
    SubmitOutcome submit(SubmitRequest request);

    /**
     * Asks about generations under way, at most {@link Capabilities#batchPollSize()} at once.
     * A generation the answer leaves out is asked about again later.
     *
     * @throws ProviderException when the call failed (nothing is concluded from it)
     */
    default Map<String, VendorStatus> poll(List<String> vendorIds) {
        throw new UnsupportedOperationException(id() + " is not polled");
    }

    /**
     * Reads a webhook's body for the vendor id it is about, if it says (a webhook is only a prompt to
     * poll: its body is never trusted for the outcome). Any body must be accepted without failing.
     */
    default Optional<String> vendorIdInWebhook(byte[] body) {
        return Optional.empty();
    }

    /** Asks the vendor to stop a generation, where {@link Capabilities#cancellable()}. */
    default CancelOutcome cancel(String vendorId) {
        return CancelOutcome.NOT_SUPPORTED;
    }

    /** What the vendor says is left on its account, where it says. */
    default Optional<VendorBalance> balance() {
        return Optional.empty();
    }

    /**
     * The vendor account whose key it uses ({@link VendorKeysChanged#vendor()}), for a vendor that
     * needs one; several providers may share an account (IA Créa's two).
     */
    default Optional<String> accountKey() {
        return Optional.empty();
    }
}
