package app.atelier.account;

import app.atelier.shared.Language;

import java.util.UUID;

/** A member as the rest of the application sees them. */
public record MemberProfile(UUID id, UUID teamId, String teamName, String email, String displayName,
                            Role role, Language language) {
}
