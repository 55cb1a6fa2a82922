package app.atelier.sharing;

import java.time.Instant;
import java.util.UUID;

/** What became of a share link asked for. */
public sealed interface ShareResult {

    /**
     * Made: its address is said now and never again (only its hash is kept).
     *
     * @param path the page's path under the application's address ({@code share/<token>}): the
     *             address the member's browser uses goes before it
     */
    record Created(UUID id, String path, Instant expiresAt) implements ShareResult {
    }

    record Refused(String messageKey) implements ShareResult {
    }
}
