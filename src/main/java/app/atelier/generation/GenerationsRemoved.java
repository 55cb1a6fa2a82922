package app.atelier.generation;

import app.atelier.shared.LiveEvent;

import java.util.UUID;

/** Generations of a project were deleted (one, or all of them with the project): views showing them redraw. */
public record GenerationsRemoved(UUID projectId, UUID teamId, boolean projectToo) implements LiveEvent {
}
