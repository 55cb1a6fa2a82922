package app.atelier.render.internal;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The optimised sampler (separable, cached rows, paired chroma, split loops) must give exactly what
 * the textbook formula gives: bilinear sampling at 1/256 pixel, per output pixel, per plane.
 */
class FrameSamplerTest {

    private static final int WIDTH = 320;
    private static final int HEIGHT = 192;

    @Test
    void everyPlaneMatchesPlainPerPixelBilinearSampling() {
        var random = new Random(7);
        int[] rgb = new int[640 * 480];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = random.nextInt(1 << 24);
        }
        var planes = YuvPlanes.fromRgb(rgb, 640, 480);
        var sampler = new FrameSampler(planes, WIDTH, HEIGHT);
        for (int k = 0; k < 200; k++) {
            double width = 100 + random.nextDouble() * 530;
            double height = width * HEIGHT / WIDTH;
            var rect = new CropRect(random.nextDouble() * (640 - width), random.nextDouble() * Math.max(0, 480 - height),
                    width, height);

            byte[] frame = sampler.sample(rect).clone();

            assertThat(frame).as("frame for %s", rect).isEqualTo(naive(planes, rect));
        }
    }

    private static byte[] naive(YuvPlanes planes, CropRect rect) {
        byte[] frame = new byte[WIDTH * HEIGHT * 3 / 2];
        double stepX = rect.width() / WIDTH;
        double stepY = rect.height() / HEIGHT;
        fill(frame, 0, planes.y, planes.width, planes.height, rect.x(), rect.y(), stepX, stepY, 0.5, 0.5, WIDTH, HEIGHT);
        fill(frame, WIDTH * HEIGHT, planes.u, planes.chromaWidth, planes.chromaHeight, rect.x() / 2, rect.y() / 2,
                stepX, stepY, 0.25, 0.5, WIDTH / 2, HEIGHT / 2);
        fill(frame, WIDTH * HEIGHT * 5 / 4, planes.v, planes.chromaWidth, planes.chromaHeight, rect.x() / 2,
                rect.y() / 2, stepX, stepY, 0.25, 0.5, WIDTH / 2, HEIGHT / 2);
        return frame;
    }

    private static void fill(byte[] frame, int start, byte[] plane, int planeWidth, int planeHeight, double x, double y,
                             double stepX, double stepY, double offsetX, double offsetY, int width, int height) {
        for (int j = 0; j < height; j++) {
            int[] row = position(y + (j + offsetY) * stepY - 0.5, planeHeight);
            for (int i = 0; i < width; i++) {
                int[] column = position(x + (i + offsetX) * stepX - 0.5, planeWidth);
                int topLeft = plane[row[0] * planeWidth + column[0]] & 255;
                int topRight = plane[row[0] * planeWidth + column[0] + 1] & 255;
                int bottomLeft = plane[(row[0] + 1) * planeWidth + column[0]] & 255;
                int bottomRight = plane[(row[0] + 1) * planeWidth + column[0] + 1] & 255;
                int top = topLeft * (256 - column[1]) + topRight * column[1];
                int bottom = bottomLeft * (256 - column[1]) + bottomRight * column[1];
                frame[start + j * width + i] = (byte) ((top * (256 - row[1]) + bottom * row[1] + 32768) >> 16);
            }
        }
    }

    /** The pixel to the left of a position and the weight of the next one, clamped at the edges. */
    private static int[] position(double position, int length) {
        int index = (int) Math.floor(position);
        int weight = (int) Math.round((position - index) * 256);
        if (weight == 256) {
            index++;
            weight = 0;
        }
        if (index < 0) {
            return new int[]{0, 0};
        }
        if (index >= length - 1) {
            return new int[]{length - 2, 256};
        }
        return new int[]{index, weight};
    }
}
