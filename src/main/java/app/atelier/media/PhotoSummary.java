package app.atelier.media;

import java.time.Instant;
import java.util.UUID;

/**
 * An imported photo, upright, with its two thumbnails.
 *
 * @param fileName the name it was sent under, for display only
 */
public record PhotoSummary(UUID id, UUID teamId, String fileName, ImageFormat format, int width, int height,
                           long bytes, UUID original, UUID thumbnailSmall, UUID thumbnailLarge, Instant importedAt) {
}
