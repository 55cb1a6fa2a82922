package app.atelier.shared;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** JPEG writing at a chosen quality, shared by the photo library and the video engine's posters. */
public final class Jpeg {

    private Jpeg() {
    }

    /**
     * Writes (or rewrites) {@code image} to {@code file}. The file is opened through a truncating stream:
     * ImageIO's own file streams leave the old tail of a longer file behind.
     *
     * @param image an image without alpha (JPEG has none)
     * @param quality 0 to 1
     */
    public static void write(BufferedImage image, Path file, float quality) throws IOException {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (var bytes = Files.newOutputStream(file); var out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
