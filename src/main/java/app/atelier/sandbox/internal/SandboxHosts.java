package app.atelier.sandbox.internal;

import app.atelier.media.TrustedResultHosts;
import app.atelier.sandbox.SandboxProperties;
import app.atelier.shared.LocalServer;
import org.springframework.stereotype.Component;

import java.net.URI;

/**
 * While the sandbox is on, its results (served by this application at {@code 127.0.0.1}) may be
 * fetched like a vendor's. Every node serves every result (they are kept as cluster files), so a
 * result is fetched from this node, whichever node's address the sandbox's answer gave: that node may
 * have stopped since. Turn the sandbox off in production once every vendor has its key.
 */
@Component
class SandboxHosts implements TrustedResultHosts {

    private final SandboxProperties settings;
    private final LocalServer server;

    SandboxHosts(SandboxProperties settings, LocalServer server) {
        this.settings = settings;
        this.server = server;
    }

    @Override
    public URI locate(URI url) {
        if (!trusts(String.valueOf(url.getHost())) || url.getRawPath() == null || !url.getRawPath().startsWith("/sandbox/files/")) {
            return url;
        }
        return server.base().map(here -> URI.create(here + url.getRawPath())).orElse(url);
    }

    @Override
    public boolean trusts(String host) {
        return settings.enabled() && host.equals("127.0.0.1");
    }
}
