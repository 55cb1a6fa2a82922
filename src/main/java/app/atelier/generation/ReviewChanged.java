package app.atelier.generation;

import app.atelier.shared.LiveEvent;

import java.util.UUID;

/** Somebody gave a verdict on a result or commented on it. */
public record ReviewChanged(UUID generationId, UUID projectId, UUID teamId) implements LiveEvent {
}
