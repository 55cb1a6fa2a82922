package app.atelier.generation;

import app.atelier.shared.LiveEvent;
import app.atelier.shared.ProjectId;

import java.util.UUID;

/** A generation of a project was deleted: views showing the project's results redraw. */
public record GenerationsRemoved(ProjectId projectId, UUID teamId) implements LiveEvent {
}
