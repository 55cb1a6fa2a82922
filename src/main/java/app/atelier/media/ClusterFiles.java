package app.atelier.media;

import app.atelier.media.storage.Storage;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Working files every node must see that belong to no team (the sandbox's inputs and results), kept
 * where the media are (the data folder, or the bucket a cluster shares) under {@code shared/}. Keys
 * are made by the caller from its own names, never from an uploader's.
 */
@Component
public class ClusterFiles {

    private static final String PREFIX = "shared/";

    private final Storage storage;

    ClusterFiles(Storage storage) {
        this.storage = storage;
    }

    /** Keeps {@code file} under {@code key} (replacing what was there; readers never see it half-written). */
    public void put(String key, Path file, String contentType) {
        storage.put(key(key), file, contentType);
    }

    public boolean exists(String key) {
        return storage.exists(key(key));
    }

    public long size(String key) {
        return storage.size(key(key));
    }

    /** Reads the whole file (the caller closes the stream). */
    public InputStream open(String key) {
        return storage.open(key(key), 0, -1);
    }

    /** Copies the file to {@code target} (whole or not at all); false when there is none under {@code key}. */
    public boolean copyTo(String key, Path target) {
        if (!exists(key)) {
            return false;
        }
        try {
            var part = Files.createTempFile(target.toAbsolutePath().getParent(), target.getFileName().toString(), ".part");
            try (var in = open(key)) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(String key) {
        return Storage.checked(PREFIX + key);
    }
}
