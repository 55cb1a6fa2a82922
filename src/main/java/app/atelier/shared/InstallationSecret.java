package app.atelier.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The installation's master secret, from which each use derives its own key (signed media links,
 * encrypted vendor keys, ...). It comes from {@code ATELIER_SECRET_KEY}, or from a key file created
 * once in the data dir, readable by its owner only. Several nodes must share it (set the variable).
 */
@Component
public class InstallationSecret {

    static final int MIN_LENGTH = 32;
    private static final Logger log = LoggerFactory.getLogger(InstallationSecret.class);

    private final byte[] master;

    public InstallationSecret(AtelierProperties properties) {
        this.master = properties.secretKey() != null && !properties.secretKey().isBlank()
                ? fromSetting(properties.secretKey())
                : fromFile(properties.dataDir().resolve("secret.key"));
    }

    /** A 256-bit key for one purpose; the same purpose always gives the same key. */
    public byte[] keyFor(String purpose) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(("atelier:" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] fromSetting(String value) {
        if (value.length() < MIN_LENGTH) {
            throw new IllegalStateException("ATELIER_SECRET_KEY must be at least " + MIN_LENGTH + " characters long");
        }
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] random = new byte[48];
                new SecureRandom().nextBytes(random);
                try {
                    Files.writeString(Files.createFile(file), Base64.getEncoder().encodeToString(random));
                    restrictToOwner(file);
                    log.info("Generated the installation secret in {} (set ATELIER_SECRET_KEY to share it between nodes)", file);
                } catch (FileAlreadyExistsException createdMeanwhile) {
                    // another node or thread made it first: use theirs
                }
            }
            return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the installation secret " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            log.debug("The file system of {} has no POSIX permissions", file);
        }
    }
}
