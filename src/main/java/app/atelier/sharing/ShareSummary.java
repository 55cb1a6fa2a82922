package app.atelier.sharing;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A share link as its team lists it.
 *
 * @param mayRevoke whether the member looking may revoke it (whoever made it, or an admin), while it is open
 */
public record ShareSummary(UUID id, UUID projectId, String projectName, String title, int items, boolean labelled,
                           String createdBy, Instant createdAt, Instant expiresAt, @Nullable Instant revokedAt,
                           int views, State state, boolean mayRevoke) {

    public enum State {
        OPEN, EXPIRED, REVOKED;

        public String labelKey() {
            return switch (this) {
                case OPEN -> "share.state.open";
                case EXPIRED -> "share.state.expired";
                case REVOKED -> "share.state.revoked";
            };
        }
    }
}
