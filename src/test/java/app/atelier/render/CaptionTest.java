package app.atelier.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The AI-visual mention: a dark plate with light words in the lower-left corner, on a picture and on every frame. */
class CaptionTest {

    @Test
    void thePlateIsDrawnInTheLowerLeftCornerAndNothingElseChanges() {
        var white = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
        var graphics = white.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 1600, 1000);
        graphics.dispose();

        var captioned = Caption.onImage(white, "Visuel retouché par IA");

        var plate = Caption.plate(1600, 1000, "Visuel retouché par IA");
        assertThat(plate[0]).as("left").isLessThan(60);
        assertThat(plate[1] + plate[3]).as("bottom").isGreaterThan(940).isLessThanOrEqualTo(1000);
        assertThat(plate[3]).as("readable height").isBetween(35, 90);
        int dark = 0;
        int light = 0;
        for (int y = plate[1]; y < plate[1] + plate[3]; y++) {
            for (int x = plate[0]; x < plate[0] + plate[2]; x++) {
                int red = captioned.getRGB(x, y) >> 16 & 255;
                if (red < 140) {
                    dark++;
                } else if (red > 230) {
                    light++;
                }
            }
        }
        assertThat(dark).as("the plate").isGreaterThan(plate[2] * plate[3] / 2);
        assertThat(light).as("the words").isGreaterThan(200);
        assertThat(captioned.getRGB(1500, 100)).isEqualTo(Color.WHITE.getRGB());
        assertThat(white.getRGB(plate[0] + 5, plate[1] + 5)).as("the given picture is not changed").isEqualTo(Color.WHITE.getRGB());
    }

    @Test
    void aVideoKeepsItsSizeLengthAndFramesWithThePlateOnEachOne(@TempDir Path folder) throws IOException {
        var clip = folder.resolve("clip.mp4");
        Files.write(clip, TestVideos.landscapeClip());
        var out = folder.resolve("captioned.mp4");

        var info = Caption.onVideo(clip, out, "AI-generated visual");

        var before = Mp4File.stream(clip);
        var after = Mp4File.stream(out);
        assertThat(after.codec()).isEqualTo("h264");
        assertThat(after.width()).isEqualTo(before.width());
        assertThat(after.height()).isEqualTo(before.height());
        assertThat(after.seconds()).isCloseTo(before.seconds(), org.assertj.core.data.Offset.offset(0.15));
        assertThat(info.width()).isEqualTo(before.width());
        var framesBefore = Mp4File.lumaFrames(clip);
        var framesAfter = Mp4File.lumaFrames(out);
        assertThat(framesAfter).hasSameSizeAs(framesBefore);
        var plate = Caption.plate(after.width(), after.height(), "AI-generated visual");
        for (int f : new int[]{0, framesAfter.size() / 2, framesAfter.size() - 1}) {
            assertThat(meanLuma(framesAfter.get(f), after.width(), plate))
                    .as("frame %d is darker under the plate", f)
                    .isLessThan(meanLuma(framesBefore.get(f), after.width(), plate) - 15);
        }
        assertThat(Mp4File.topLevelBoxes(out)).as("plays before it has all arrived").containsSubsequence("moov", "mdat");
    }

    private static double meanLuma(byte[] luma, int width, int[] plate) {
        long sum = 0;
        for (int y = plate[1]; y < plate[1] + plate[3]; y++) {
            for (int x = plate[0]; x < plate[0] + plate[2]; x++) {
                sum += luma[y * width + x] & 255;
            }
        }
        return sum / (double) (plate[2] * plate[3]);
    }
}
