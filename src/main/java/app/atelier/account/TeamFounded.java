package app.atelier.account;

import java.util.UUID;

/** A team and its first admin were created (first-run setup). Published inside that transaction. */
public record TeamFounded(UUID teamId, UUID adminId) {
}
