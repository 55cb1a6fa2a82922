package app.atelier.provider;

/**
 * What stands in for a vendor that has no key: the sandbox, which speaks each vendor's wire format on
 * this server. The sandbox module provides it; without one, a vendor without a key is unavailable.
 * The adapters learn its address and key from here and never know the sandbox itself.
 */
public interface StandIn {

    /** Whether vendors without a key are simulated ({@code atelier.sandbox.enabled}). */
    boolean enabled();

    /** Where on this server it answers for a vendor ("iacrea", "evolink", "luma"), from the server's root. */
    String path(String vendor);

    /** The only key it accepts. */
    String key();

    /** The IA Créa user id it knows (an id, not a secret). */
    String iaCreaUser();
}
