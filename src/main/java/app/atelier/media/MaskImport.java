package app.atelier.media;

import java.awt.image.BufferedImage;
import java.util.List;

/** The outcome of fetching a mask from a web address for a photo. */
public sealed interface MaskImport {

    /** The mask, made {@link MaskConvention#ZONE} or {@link MaskConvention#KEEP} pixel by pixel. */
    record Fetched(BufferedImage mask) implements MaskImport {
    }

    /** The image found is not the photo's size. */
    record WrongSize(int width, int height) implements MaskImport {
    }

    /** Nothing could be had; the arguments fill the reason's message. */
    record Refused(PhotoRefusal reason, List<Object> arguments) implements MaskImport {
    }
}
