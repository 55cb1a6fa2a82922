package app.atelier.api.internal;

import app.atelier.shared.InstallationSecret;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Signs the webhooks Atelier sends, so that the caller can tell they come from us and were not
 * altered. Each API key has a signing secret ({@code whsec_…}) derived from the installation secret and
 * the key's id: nothing more to store, the same on every node, shown to the key's owner. The header is
 * {@code X-Atelier-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" under the secret>}.
 */
@Component
public class WebhookSigner {

    static final String HEADER = "X-Atelier-Signature";
    private static final String PREFIX = "whsec_";

    private final byte[] installationKey;

    WebhookSigner(InstallationSecret secret) {
        this.installationKey = secret.keyFor("api-webhooks");
    }

    /** The signing secret of an API key's webhooks. */
    public String secretFor(UUID keyId) {
        return PREFIX + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(hmac(installationKey, keyId.toString().getBytes(StandardCharsets.US_ASCII)));
    }

    /** The signature header's value for a body sent at {@code epochSecond}. */
    String header(String secret, long epochSecond, byte[] body) {
        var signed = (epochSecond + ".").getBytes(StandardCharsets.US_ASCII);
        var message = new byte[signed.length + body.length];
        System.arraycopy(signed, 0, message, 0, signed.length);
        System.arraycopy(body, 0, message, signed.length, body.length);
        return "t=" + epochSecond + ",v1=" + HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), message));
    }

    static byte[] hmac(byte[] key, byte[] message) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
