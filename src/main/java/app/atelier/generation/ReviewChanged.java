package app.atelier.generation;

import app.atelier.shared.GenerationId;
import app.atelier.shared.LiveEvent;
import app.atelier.shared.ProjectId;

import java.util.UUID;

/** Somebody gave a verdict on a result or commented on it. */
public record ReviewChanged(GenerationId generationId, ProjectId projectId, UUID teamId) implements LiveEvent {
}
