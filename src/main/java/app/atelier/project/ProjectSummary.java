package app.atelier.project;

import app.atelier.shared.ProjectId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A project as the gallery shows it.
 *
 * @param cover     the thumbnail asset of its first photo, if it has any
 * @param deletable whether the member may delete it: an admin, or whoever made it
 */
public record ProjectSummary(ProjectId id, String name, @Nullable String listingReference, @Nullable String address,
                             int photos, @Nullable UUID cover, Instant createdAt,
                             boolean deletable) {
}
