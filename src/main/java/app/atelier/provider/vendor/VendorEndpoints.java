package app.atelier.provider.vendor;

import app.atelier.provider.StandIn;
import app.atelier.shared.LocalServer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Where each vendor is reached. A vendor with a key is the real one. A vendor without a key is, while
 * the sandbox is on ({@code atelier.sandbox.enabled}, the default), the simulation this application
 * serves itself at {@code /sandbox/<vendor>}, which speaks the vendor's wire format; with the sandbox
 * off it is not available.
 */
@Component
public class VendorEndpoints {


    private final Optional<StandIn> standIn;
    private final LocalServer server;

    /** @param standIn what simulates a vendor without a key (the sandbox), when there is one and it is on */
    public VendorEndpoints(Optional<StandIn> standIn, LocalServer server) {
        this.standIn = standIn.filter(StandIn::enabled);
        this.server = server;
    }

    /**
     * @param vendor  the vendor's path segment in the sandbox ("iacrea", "evolink", "luma")
     * @param baseUrl the real vendor's address
     * @param key     the key configured for it, if any
     */
    public Optional<Endpoint> resolve(String vendor, String baseUrl, @Nullable String key) {
        if (key != null && !key.isBlank()) {
            return Optional.of(new Endpoint(baseUrl, key.strip(), false));
        }
        return standIn.flatMap(simulation -> server.base()
                .map(local -> new Endpoint(local + simulation.path(vendor), simulation.key(), true)));
    }

    /**
     * Whether a vendor with this key is offered, and by whom: the real vendor (false), its stand-in
     * (true), or nobody (empty). Known before the web server has started, unlike its address.
     */
    public Optional<Boolean> offeredBySandbox(@Nullable String key) {
        if (key != null && !key.isBlank()) {
            return Optional.of(false);
        }
        return standIn.isPresent() ? Optional.of(true) : Optional.empty();
    }

    /** What simulates a vendor without a key, when it is on. */
    public Optional<StandIn> standIn() {
        return standIn;
    }

    /** A vendor's address and key; {@code sandboxed} when it is the simulation. */
    public record Endpoint(String baseUrl, String key, boolean sandboxed) {

        @Override
        public String toString() {
            return "Endpoint[" + baseUrl + (sandboxed ? ", sandbox" : "") + ", key hidden]";
        }
    }
}
