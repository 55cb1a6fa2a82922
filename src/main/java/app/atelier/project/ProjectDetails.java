package app.atelier.project;

import app.atelier.media.PhotoSummary;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.UUID;

/**
 * A project with its photos, in the order they were added.
 *
 * @param coverPhoto the photo that is its cover: the one chosen, else the first one; none without photos
 */
public record ProjectDetails(ProjectSummary project, List<PhotoSummary> photos, @Nullable UUID coverPhoto) {
}
