package app.atelier.sandbox;

import app.atelier.provider.StandIn;
import app.atelier.shared.InstallationSecret;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * What the adapters and the sandbox agree on: the key the sandbox accepts, and the IA Créa user it
 * knows. The key is derived from the installation secret, so only this installation's own adapters
 * hold it (the sandbox's endpoints are reachable by anyone who reaches the server).
 */
@Component
public class Sandbox implements StandIn {

    /** The IA Créa user id the sandbox knows (an id, not a secret: the key is the secret). */
    public static final String IACREA_USER = "7f3c2a10-5b7e-4c61-9d2a-000000000001";

    private final String key;
    private final boolean enabled;

    public Sandbox(InstallationSecret secret, SandboxProperties settings) {
        this.enabled = settings.enabled();
        this.key = "sbx_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret.keyFor("sandbox-vendor-key"));
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    @Override
    public String path(String vendor) {
        return "/sandbox/" + vendor;
    }

    @Override
    public String iaCreaUser() {
        return IACREA_USER;
    }

    /** The only key the sandbox accepts (it refuses any other, as a vendor would). */
    @Override
    public String key() {
        return key;
    }

    /** Whether {@code presented} is the sandbox's key, compared in constant time. */
    public boolean accepts(String presented) {
        return MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
