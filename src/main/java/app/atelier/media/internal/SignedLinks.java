package app.atelier.media.internal;

import app.atelier.shared.AtelierProperties;
import app.atelier.shared.InstallationSecret;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Expiring links to one file, for vendors who fetch a photo or a mask without an account:
 * {@code <public-url>/public/media/<token>}, where the token carries the file and its expiry and an
 * HMAC-SHA256 of both under a key derived from the installation secret. A wrong, tampered or expired
 * token leads nowhere.
 */
@Component
public class SignedLinks {

    static final String PATH = "/public/media/";
    /** The path every signed link starts with. */
    public static final String PUBLIC_PATH = PATH;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int PAYLOAD = 24;

    private final SecretKeySpec key;
    private final AtelierProperties atelier;
    private final Clock clock;

    SignedLinks(InstallationSecret secret, AtelierProperties atelier, Clock clock) {
        this.key = new SecretKeySpec(secret.keyFor("media-links"), "HmacSHA256");
        this.atelier = atelier;
        this.clock = clock;
    }

    public URI linkTo(UUID asset, Duration lifetime) {
        return URI.create(atelier.publicBase() + PATH + token(asset, clock.instant().plus(lifetime)));
    }

    String token(UUID asset, Instant expiry) {
        var payload = ByteBuffer.allocate(PAYLOAD)
                .putLong(asset.getMostSignificantBits())
                .putLong(asset.getLeastSignificantBits())
                .putLong(expiry.getEpochSecond())
                .array();
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The file a token opens, if it is genuine and not expired. */
    public Optional<UUID> verify(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0 || token.length() > 200) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (payload.length != PAYLOAD || !MessageDigest.isEqual(signature, sign(payload))) {
                return Optional.empty();
            }
            var buffer = ByteBuffer.wrap(payload);
            var asset = new UUID(buffer.getLong(), buffer.getLong());
            var expiry = Instant.ofEpochSecond(buffer.getLong());
            return clock.instant().isBefore(expiry) ? Optional.of(asset) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
