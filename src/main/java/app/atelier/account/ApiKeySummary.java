package app.atelier.account;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal API key as its owner and the team's admins see it: never the key itself.
 *
 * @param start      the key's first characters, to tell it apart ("atl_Xy3k9Qa2…")
 * @param lastUsedAt when a request last came with it (to the minute), if ever
 */
public record ApiKeySummary(UUID id, String name, String start, UUID memberId, String memberName, Instant createdAt,
                            @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
