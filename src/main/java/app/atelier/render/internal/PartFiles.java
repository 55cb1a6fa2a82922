package app.atelier.render.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files written beside their final name and moved there whole: a reader never sees half a video. */
public final class PartFiles {

    private static final Logger log = LoggerFactory.getLogger(PartFiles.class);

    private PartFiles() {
    }

    /** Where {@code target} is written until it is complete. */
    public static Path partial(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".part");
    }

    public static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the partial file {}", file, e);
        }
    }
}
