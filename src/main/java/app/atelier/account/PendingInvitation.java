package app.atelier.account;

import java.time.Instant;
import java.util.UUID;

/** An invitation not answered yet. */
public record PendingInvitation(UUID id, String email, Role role, Instant createdAt, Instant expiresAt, String invitedBy) {
}
