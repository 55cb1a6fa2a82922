package app.atelier.credits;

import app.atelier.shared.LiveEvent;

import java.util.UUID;

/** A member's balances changed (a grant, a reservation, a settlement or a release). */
public record CreditsChanged(UUID teamId, UUID memberId) implements LiveEvent {
}
