package app.atelier.render.internal;

import app.atelier.render.SyntheticPhoto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Decoding at reduced size keeps every detail where it is on the photo. */
class SourcePhotoTest {

    private static final double[][] MARKERS = {{600.5, 400.5}, {333.25, 211.75}, {901, 598}};

    @TempDir
    Path folder;

    @ParameterizedTest(name = "JPEG at scale {0}")
    @ValueSource(doubles = {1.0, 0.45, 0.2})
    void aJpegDecodedSmallerKeepsItsMarkersInPlace(double scale) throws IOException {
        var photo = jpeg(SyntheticPhoto.withMarkers(1200, 800, MARKERS));

        assertMarkersInPlace(SourcePhoto.decode(photo, scale), scale);
    }

    @ParameterizedTest(name = "PNG at scale {0}")
    @ValueSource(doubles = {1.0, 0.45, 0.2})
    void aPngDecodedSmallerKeepsItsMarkersInPlace(double scale) {
        var photo = SyntheticPhoto.write(SyntheticPhoto.withMarkers(1200, 800, MARKERS), folder.resolve("photo.png"));

        assertMarkersInPlace(SourcePhoto.decode(photo, scale), scale);
    }

    @Test
    void jpegsAreDecodedByFfmpegAtAQuarterOfTheirSizeWhenThatIsEnough() throws IOException {
        var photo = jpeg(SyntheticPhoto.withMarkers(1200, 800, MARKERS));

        var decoded = SourcePhoto.decodeJpeg(photo, 4, 0.12);

        assertThat(decoded.photoPixelsPerPlanePixelX()).isCloseTo(1200 / 144.0, within(0.01));
        assertMarkersInPlace(decoded, 0.12);
    }

    @Test
    void theSizeIsReadFromTheHeader() {
        var photo = SyntheticPhoto.write(SyntheticPhoto.withMarkers(1200, 800, MARKERS), folder.resolve("photo.png"));

        assertThat(SourcePhoto.size(photo)).containsExactly(1200, 800);
    }

    private static void assertMarkersInPlace(DecodedPhoto decoded, double scale) {
        var planes = decoded.planes();
        assertThat((double) planes.width()).isCloseTo(1200 * scale, within(2.0));
        for (double[] marker : MARKERS) {
            // where the marker should be on the planes (plane pixel k is centred at k + 0.5)
            var onPlanes = decoded.onPlanes(new CropRect(marker[0], marker[1], 1, 1));
            double expectedX = onPlanes.x() - 0.5;
            double expectedY = onPlanes.y() - 0.5;
            double radius = 4 * SyntheticPhoto.MARKER_SIGMA * scale;
            var found = centroid(planes, expectedX, expectedY, radius);
            assertThat(found[0] / scale).as("x of the marker at %s, in photo pixels", marker[0]).isCloseTo(expectedX / scale, within(0.35));
            assertThat(found[1] / scale).as("y of the marker at %s, in photo pixels", marker[1]).isCloseTo(expectedY / scale, within(0.35));
        }
    }

    private static double[] centroid(YuvPlanes planes, double x, double y, double radius) {
        double sum = 0;
        double sumX = 0;
        double sumY = 0;
        int r = (int) Math.ceil(radius);
        double background = 16 + 96 * 219.0 / 255 + 3;
        for (int j = (int) y - r; j <= (int) y + r; j++) {
            for (int i = (int) x - r; i <= (int) x + r; i++) {
                double weight = (planes.y[j * planes.width + i] & 255) - background;
                if (weight > 0) {
                    sum += weight;
                    sumX += weight * i;
                    sumY += weight * j;
                }
            }
        }
        return new double[]{sumX / sum, sumY / sum};
    }

    private Path jpeg(BufferedImage image) throws IOException {
        var file = folder.resolve("photo.jpg");
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (var out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            var param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.98f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return file;
    }
}
