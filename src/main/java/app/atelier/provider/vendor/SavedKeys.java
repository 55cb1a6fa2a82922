package app.atelier.provider.vendor;

import app.atelier.provider.VendorKeysChanged;
import app.atelier.shared.InstallationSecret;
import app.atelier.shared.LiveUpdates;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The vendor keys admins entered, which win over the {@code atelier.providers.*} settings. Stored
 * encrypted with AES-GCM (a 96-bit random nonce per write, the vendor's id as associated data) under
 * a key derived from the installation's secret, which never enters the database. They are read once
 * at start-up, where a secret that cannot open them stops the start with a clear message and changes
 * nothing, and again whenever any node saves or removes one.
 */
@Component
public class SavedKeys implements KeyLookup {

    /** A key as the connections use it. */
    public record Saved(String key, @Nullable String accountId, String hint, Instant updatedAt, @Nullable UUID updatedBy) {

        @Override
        public String toString() {
            return "Saved[key hidden, " + hint + "]";
        }
    }

    private static final Logger log = LoggerFactory.getLogger(SavedKeys.class);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final SecretKeySpec aes;
    private volatile Map<String, Saved> saved = Map.of();

    SavedKeys(JdbcClient jdbc, InstallationSecret secret, LiveUpdates updates) {
        this.jdbc = jdbc;
        this.aes = new SecretKeySpec(secret.keyFor("vendor-keys"), "AES");
        reload();
        updates.subscribe(VendorKeysChanged.class, changed -> true, changed -> reload());
    }

    @Override
    public Optional<Saved> find(String vendor) {
        return Optional.ofNullable(saved.get(vendor));
    }

    /** Reads the saved keys again. */
    public void reload() {
        var read = new ConcurrentHashMap<String, Saved>();
        jdbc.sql("SELECT vendor, secret, hint, account_id, updated_at, updated_by FROM vendor_key")
                .query((rs, row) -> {
                    var vendor = rs.getString("vendor");
                    read.put(vendor, new Saved(open(vendor, rs.getString("secret")), rs.getString("account_id"),
                            rs.getString("hint"), rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                            rs.getObject("updated_by", UUID.class)));
                    return vendor;
                })
                .list();
        saved = Map.copyOf(read);
    }

    /** Stores a key (in the caller's transaction); {@link #reload()} once it has committed. */
    public void store(UUID teamId, String vendor, String key, @Nullable String accountId, Instant now, UUID by) {
        var sealed = seal(vendor, key);
        var hint = hint(key);
        int updated = jdbc.sql("UPDATE vendor_key SET team_id = ?, secret = ?, hint = ?, account_id = ?, updated_at = ?, updated_by = ? WHERE vendor = ?")
                .params(teamId, sealed, hint, accountId, utc(now), by, vendor)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO vendor_key (vendor, team_id, secret, hint, account_id, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(vendor, teamId, sealed, hint, accountId, utc(now), by)
                    .update();
        }
    }

    public boolean delete(String vendor) {
        return jdbc.sql("DELETE FROM vendor_key WHERE vendor = ?").param(vendor).update() == 1;
    }

    /** What the interface shows of a key: its last four characters. */
    public static String hint(String key) {
        var stripped = key.strip();
        return stripped.length() <= 8 ? "" : stripped.substring(stripped.length() - 4);
    }

    String seal(String vendor, String key) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, aes, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(vendor.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(key.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    String open(String vendor, String stored) {
        try {
            byte[] bytes = Base64.getDecoder().decode(stored);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, aes, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(vendor.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException wrongSecret) {
            log.error("The saved {} key cannot be opened with this installation's secret", vendor);
            throw new IllegalStateException("The vendor keys saved in the database cannot be opened with this installation's "
                    + "secret: ATELIER_SECRET_KEY (or the key file secret.key in the data dir) is not the one they were saved "
                    + "with. Start again with that secret, or remove the saved keys (table vendor_key) and enter them again "
                    + "in Team > Vendor keys. Nothing was changed.", wrongSecret);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
