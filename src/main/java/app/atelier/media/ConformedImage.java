package app.atelier.media;

import java.util.List;
import java.util.UUID;

/**
 * A photo as a provider accepts it: the photo itself when it already fits, otherwise a copy.
 *
 * @param asset   the file to hand over (a signed link can be made to it)
 * @param changes what was done to the photo, in order; empty when it was used as it is
 */
public record ConformedImage(UUID asset, ImageFormat format, int width, int height, long bytes, List<Change> changes) {

    public record Change(Kind kind, String detail) {
    }

    public enum Kind {
        /** Transparency was put on a white ground. */
        ALPHA_FLATTENED,
        /** The size changed; detail: "from -> to". */
        RESIZED,
        /** Written as JPEG; detail: the format it was. */
        CONVERTED_TO_JPEG,
        /** Compressed harder to fit the byte limit; detail: the JPEG quality used. */
        RECOMPRESSED
    }
}
