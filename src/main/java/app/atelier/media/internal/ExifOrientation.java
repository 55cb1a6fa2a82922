package app.atelier.media.internal;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.ExifIFD0Directory;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/** The EXIF orientation of a photo, and the turn or flip that makes it upright. */
final class ExifOrientation {

    static final int UPRIGHT = 1;

    private ExifOrientation() {
    }

    /** The EXIF orientation (1 to 8), 1 when there is none or it cannot be read. */
    static int of(Path file) {
        try {
            var directory = ImageMetadataReader.readMetadata(file.toFile()).getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (directory != null && directory.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                int orientation = directory.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                return orientation >= 1 && orientation <= 8 ? orientation : UPRIGHT;
            }
        } catch (Exception unreadable) {
            // no usable metadata: the pixels are taken as they are
        }
        return UPRIGHT;
    }

    /** Whether the orientation swaps width and height. */
    static boolean swapsSides(int orientation) {
        return orientation >= 5;
    }

    /** The image turned upright. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation == UPRIGHT) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        var t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(Math.PI / 2); t.scale(1, -1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> throw new IllegalArgumentException("EXIF orientation " + orientation);
        }
        int targetWidth = swapsSides(orientation) ? h : w;
        int targetHeight = swapsSides(orientation) ? w : h;
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        var target = new BufferedImage(targetWidth, targetHeight, type);
        var graphics = target.createGraphics();
        try {
            graphics.drawImage(image, t, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }
}
