package app.atelier.generation;

import java.time.Instant;
import java.util.UUID;

/** What became of a share link asked for. */
public sealed interface ShareResult {

    /** Made: its address is said now and never again (only its hash is kept). */
    record Created(UUID id, String url, Instant expiresAt) implements ShareResult {
    }

    record Refused(String messageKey) implements ShareResult {
    }
}
