package app.atelier.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** A folder per piece of work under way (a generation, a labelled copy), under the data dir, for the files made or fetched on the way. */
@Component
public class WorkFolders {

    private static final Logger log = LoggerFactory.getLogger(WorkFolders.class);

    private final Path root;

    WorkFolders(AtelierProperties settings) {
        this.root = settings.dataDir().resolve("work");
    }

    /** A fresh, empty folder for one attempt at a step of the work on {@code id} (an earlier attempt's leftovers go). */
    public Path fresh(UUID id, String step) {
        var folder = root.resolve(id + "-" + step);
        delete(folder);
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder, e);
        }
    }

    public static void delete(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            log.warn("Could not delete the work folder {}", folder, e);
        }
    }
}
