package app.atelier.generation.work;

import java.util.UUID;

/**
 * The jobs a generation's changes call for, written in the transaction that makes the change (so
 * that a change and its job are kept or lost together). The pipeline runs them and implements this;
 * the generation module only says when one is due.
 */
public interface GenerationJobs {

    /** A queued generation's submission. */
    void submit(UUID generationId);

    /** The same, at once: a place in its provider's lane just came free. */
    void submitNow(UUID generationId);

    /** The copy of the results a vendor reported, into our storage. */
    void fetchResults(UUID generationId);

    /** Asking the vendor to stop a generation a member cancelled. */
    void cancelAtVendor(UUID generationId);
}
