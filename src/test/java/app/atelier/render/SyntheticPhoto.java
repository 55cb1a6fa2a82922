package app.atelier.render;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Test photos with something to measure: bright Gaussian markers at known positions on a mid-grey
 * ground, whose centre can be found in a video frame to a small fraction of a pixel.
 */
public final class SyntheticPhoto {

    public static final double MARKER_SIGMA = 10;

    private SyntheticPhoto() {
    }

    public static BufferedImage withMarkers(int width, int height, double[][] markers) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double value = 96;
                for (double[] marker : markers) {
                    double dx = x + 0.5 - marker[0];
                    double dy = y + 0.5 - marker[1];
                    double d2 = dx * dx + dy * dy;
                    if (d2 < 36 * MARKER_SIGMA * MARKER_SIGMA) {
                        value += 150 * Math.exp(-d2 / (2 * MARKER_SIGMA * MARKER_SIGMA));
                    }
                }
                int v = (int) Math.min(255, Math.round(value));
                row[x] = (v << 16) | (v << 8) | v;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }

    public static Path write(BufferedImage image, Path file) {
        try {
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
