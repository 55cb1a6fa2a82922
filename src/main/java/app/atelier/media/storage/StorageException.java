package app.atelier.media.storage;

import java.io.Serial;

/** The store could not do what was asked (unreachable, refused, out of space). */
public class StorageException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
