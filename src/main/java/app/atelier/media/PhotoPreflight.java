package app.atelier.media;

import java.util.List;
import java.util.UUID;

/**
 * What will be done to a photo before a provider receives it, said before anything is spent: the
 * same rules as {@link MediaLibrary#conform}, worked out from the photo's size, format and
 * transparency without making the copy.
 *
 * @param changes  what conforming will change, in order; empty when the photo goes as it is. A
 *                 {@link ConformedImage.Kind#RECOMPRESSED} here has no quality: that is only known
 *                 once compressed
 * @param fits     false when no copy can satisfy the provider (a panorama too long for both its
 *                 smallest and its largest side): such a photo is refused before submission
 */
public record PhotoPreflight(UUID photo, String fileName, int width, int height, List<ConformedImage.Change> changes,
                             boolean fits) {

    public PhotoPreflight {
        changes = List.copyOf(changes);
    }

    public boolean unchanged() {
        return fits && changes.isEmpty();
    }
}
