package app.atelier.account;

import app.atelier.shared.Language;

import java.time.Instant;
import java.util.UUID;

/**
 * A member as the team's admins see them.
 *
 * @param active false once deactivated (they cannot sign in; what they made stays)
 * @param you    whether it is the admin looking
 */
public record TeamMate(UUID id, String name, String email, Role role, boolean active, Language language,
                       Instant joinedAt, boolean you) {
}
