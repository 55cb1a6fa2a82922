package app.atelier.project;

import app.atelier.shared.LiveEvent;
import app.atelier.shared.ProjectId;

import java.util.UUID;

/** A project was deleted with everything in it: views showing it leave, the gallery redraws. */
public record ProjectDeleted(ProjectId projectId, UUID teamId) implements LiveEvent {
}
