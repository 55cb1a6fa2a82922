package app.atelier.provider;

import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.nio.file.Path;

/** A file a generation produced, before it is copied into our storage. */
public sealed interface ResultFile {

    ResultType type();

    /**
     * Made here, in the generation's work folder (the pipeline stores it and then deletes the folder).
     *
     * @param poster a still of a video's first frame, when the provider made one
     */
    record LocalFile(Path file, ResultType type, @Nullable Path poster) implements ResultFile {
    }

    /** At a vendor's address, to be downloaded before it expires. */
    record RemoteFile(URI url, ResultType type) implements ResultFile {
    }
}
