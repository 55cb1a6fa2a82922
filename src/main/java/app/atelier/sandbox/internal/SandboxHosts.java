package app.atelier.sandbox.internal;

import app.atelier.media.TrustedResultHosts;
import app.atelier.sandbox.SandboxProperties;
import org.springframework.stereotype.Component;

/**
 * While the sandbox is on, its results (served by this application at {@code 127.0.0.1}) may be
 * fetched like a vendor's. Turn the sandbox off in production once every vendor has its key.
 */
@Component
class SandboxHosts implements TrustedResultHosts {

    private final SandboxProperties settings;

    SandboxHosts(SandboxProperties settings) {
        this.settings = settings;
    }

    @Override
    public boolean trusts(String host) {
        return settings.enabled() && host.equals("127.0.0.1");
    }
}
