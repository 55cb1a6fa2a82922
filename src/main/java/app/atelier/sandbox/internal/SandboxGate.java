package app.atelier.sandbox.internal;

import app.atelier.sandbox.Sandbox;
import app.atelier.shared.AtelierProperties;
import app.atelier.shared.LocalServer;
import app.atelier.shared.PublicAddresses;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.net.URI;

/**
 * Who the sandbox answers and whom it calls: only this installation's own adapters (they hold the
 * key derived from the installation secret), and callbacks only to a public address or to this
 * installation's own webhook endpoint, the one place on this network a simulated vendor has any
 * business calling. What it fetches, it reads from our own signed links in storage, never from the
 * network ({@link SandboxInputs}).
 */
@Component
class SandboxGate {

    private final Sandbox sandbox;
    private final AtelierProperties atelier;
    private final LocalServer server;

    SandboxGate(Sandbox sandbox, AtelierProperties atelier, LocalServer server) {
        this.sandbox = sandbox;
        this.atelier = atelier;
        this.server = server;
    }

    boolean keyAccepted(@Nullable String key) {
        return key != null && sandbox.accepts(key);
    }

    /** Why a callback address is refused, or null when the sandbox may call it. */
    @Nullable String callbackProblem(String callback) {
        URI uri;
        try {
            uri = URI.create(callback.strip());
        } catch (IllegalArgumentException notAnAddress) {
            return "not a valid URL";
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
            return "must be an http or https URL";
        }
        if (ourWebhook(callback.strip()) || PublicAddresses.isPublic(uri)) {
            return null;
        }
        return "must not point to an internal address";
    }

    private boolean ourWebhook(String callback) {
        return callback.startsWith(atelier.publicBase() + "/webhooks/")
                || server.base().map(local -> callback.startsWith(local + "/webhooks/")).orElse(false);
    }
}
