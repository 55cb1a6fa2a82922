package app.atelier.pipeline.internal;

import java.io.Serial;
import java.util.UUID;

/** A job stopped halfway because its node is stopping: the job is taken up again, here or elsewhere. */
class JobInterruptedException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    JobInterruptedException(UUID generationId) {
        super("Interrupted while working on generation " + generationId);
    }
}
