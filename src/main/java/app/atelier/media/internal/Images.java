package app.atelier.media.internal;

import app.atelier.shared.Jpeg;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Small ImageIO chores: header sizes, decoding, flattening, JPEG and PNG writing. */
public final class Images {

    private Images() {
    }

    /** Width and height from the header, without decoding the pixels. */
    public static Optional<int[]> size(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            var reader = reader(in);
            if (reader == null) {
                return Optional.empty();
            }
            try {
                reader.setInput(in, true, true);
                return Optional.of(new int[]{reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Decodes the image, reading only every {@code step}-th pixel when {@code step} > 1. */
    static BufferedImage read(Path file, int step) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            var reader = reader(in);
            if (reader == null) {
                throw new IOException("No reader for " + file.getFileName());
            }
            try {
                reader.setInput(in, true, true);
                var param = reader.getDefaultReadParam();
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                // A truncated JPEG decodes "successfully" with grey where the data stopped; refuse it.
                var truncated = new boolean[1];
                reader.addIIOReadWarningListener((source, warning) -> {
                    if (warning != null && warning.toLowerCase(java.util.Locale.ROOT).contains("premature end")) {
                        truncated[0] = true;
                    }
                });
                var image = reader.read(0, param);
                if (truncated[0]) {
                    throw new IOException("The image data stops before its end");
                }
                return image;
            } finally {
                reader.dispose();
            }
        }
    }

    private static ImageReader reader(ImageInputStream in) {
        if (in == null) {
            return null;
        }
        var readers = ImageIO.getImageReaders(in);
        return readers.hasNext() ? readers.next() : null;
    }

    /** The image on white, without alpha (JPEG has none, and some vendors refuse it). */
    static BufferedImage flattened(BufferedImage image) {
        if (!image.getColorModel().hasAlpha() && image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        var flat = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var graphics = flat.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, flat.getWidth(), flat.getHeight());
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return flat;
    }

    /** Writes (or rewrites) a JPEG, flattening any alpha onto white first. */
    static void writeJpeg(BufferedImage image, Path file, float quality) throws IOException {
        Jpeg.write(flattened(image), file, quality);
    }

    static void writePng(BufferedImage image, Path file) throws IOException {
        try (var bytes = java.nio.file.Files.newOutputStream(file)) {
            if (!ImageIO.write(image, "png", bytes)) {
                throw new IOException("No PNG writer");
            }
        }
    }
}
