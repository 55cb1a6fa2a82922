package app.atelier.generation;

import app.atelier.shared.LiveEvent;

import java.util.UUID;

/** A generation of a project was deleted: views showing the project's results redraw. */
public record GenerationsRemoved(UUID projectId, UUID teamId) implements LiveEvent {
}
