package app.atelier.media.internal;

import app.atelier.shared.AtelierProperties;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Work files under the data dir (not /tmp, which may be small or shared), always deleted by their users. */
@Component
public class TempFiles {

    private final Path folder;

    TempFiles(AtelierProperties properties) {
        this.folder = properties.dataDir().resolve("tmp");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder, e);
        }
    }

    public Path create(String suffix) {
        try {
            return Files.createTempFile(folder, "atelier-", suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray work file is harmless and removed with the data dir's tmp folder
        }
    }
}
