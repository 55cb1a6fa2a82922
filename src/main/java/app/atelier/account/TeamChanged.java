package app.atelier.account;

import app.atelier.shared.LiveEvent;

import java.util.UUID;

/** A team's members or invitations changed (someone joined, was invited, changed role, left). */
public record TeamChanged(UUID teamId) implements LiveEvent {
}
