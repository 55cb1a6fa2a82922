package app.atelier.generation;

import app.atelier.shared.LiveEvent;

import java.util.UUID;

/** A generation moved (state or progress), or was created. */
public record GenerationChanged(UUID generationId, UUID projectId, UUID teamId, UUID memberId,
                                GenerationState state, int progress) implements LiveEvent {
}
