package app.atelier.provider.vendor;

import app.atelier.sandbox.Sandbox;
import app.atelier.sandbox.SandboxProperties;
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


    private final boolean sandboxEnabled;
    private final LocalServer server;
    private final Sandbox sandbox;

    public VendorEndpoints(SandboxProperties settings, LocalServer server, Sandbox sandbox) {
        this.sandboxEnabled = settings.enabled();
        this.server = server;
        this.sandbox = sandbox;
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
        if (!sandboxEnabled) {
            return Optional.empty();
        }
        return server.base().map(local -> new Endpoint(local + "/sandbox/" + vendor, sandbox.key(), true));
    }

    /**
     * Whether a vendor with this key is offered, and by whom: the real vendor (false), the sandbox
     * (true), or nobody (empty). Known before the web server has started, unlike its address.
     */
    public Optional<Boolean> offeredBySandbox(@Nullable String key) {
        if (key != null && !key.isBlank()) {
            return Optional.of(false);
        }
        return sandboxEnabled ? Optional.of(true) : Optional.empty();
    }

    /** A vendor's address and key; {@code sandboxed} when it is the simulation. */
    public record Endpoint(String baseUrl, String key, boolean sandboxed) {

        @Override
        public String toString() {
            return "Endpoint[" + baseUrl + (sandboxed ? ", sandbox" : "") + ", key hidden]";
        }
    }
}
