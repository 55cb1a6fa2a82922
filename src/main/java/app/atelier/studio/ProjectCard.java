package app.atelier.studio;

import app.atelier.shared.ProjectId;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A project as a gallery card shows it.
 *
 * @param cover        the large thumbnail of its first photo, if it has one
 * @param lastActivity when a photo was last added or a generation last asked for or finished (its
 *                     creation when nothing happened since)
 * @param videos       videos made in it; {@code images} images made in it (exteriors)
 * @param running      generations under way now; {@code progress} their mean progress, 0 to 100
 */
public record ProjectCard(ProjectId id, String name, @Nullable String listingReference, @Nullable String address,
                          Instant createdAt, Instant lastActivity, int photos, int videos, int images, int running,
                          int progress, @Nullable UUID cover) {
}
