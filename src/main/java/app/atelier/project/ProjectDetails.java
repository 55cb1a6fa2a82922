package app.atelier.project;

import app.atelier.media.PhotoSummary;

import java.util.List;

/** A project with its photos, in the order they were added. */
public record ProjectDetails(ProjectSummary project, List<PhotoSummary> photos) {
}
