package app.atelier.render;

import app.atelier.render.internal.CameraPath;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Renders real clips and reads them back: what a player, and a viewer, would get. */
class MotionRendererTest {

    private static final double[][] MARKERS = {{1500, 1000}, {900, 700}, {2100, 1300}, {1200, 1450}, {1900, 600}};

    private final MotionRenderer renderer = new MotionRenderer(RenderProperties.defaults());

    @TempDir
    Path folder;

    @Test
    void aFiveSecondZoomIsAPlayableHighProfileH264ClipWithItsIndexFirst() throws IOException {
        var photo = SyntheticPhoto.write(SyntheticPhoto.withMarkers(3000, 2000, MARKERS), folder.resolve("photo.png"));
        List<Integer> progress = new CopyOnWriteArrayList<>();
        var clip = new MotionClip(Motion.ZOOM_IN, VideoFormat.LANDSCAPE, ClipLength.FIVE_SECONDS);

        var rendered = renderer.render(photo, clip, folder.resolve("clip.mp4"), folder.resolve("poster.jpg"),
                progress::add, () -> false);

        var stream = Mp4File.stream(rendered.video());
        assertThat(stream.codec()).isEqualTo("h264");
        assertThat(stream.profile()).isEqualTo(avcodec.AV_PROFILE_H264_HIGH);
        assertThat(stream.pixelFormat()).isEqualTo(avutil.AV_PIX_FMT_YUV420P);
        assertThat(stream.width()).isEqualTo(1280);
        assertThat(stream.height()).isEqualTo(768);
        assertThat(stream.seconds()).isCloseTo(5.0, within(0.05));
        assertThat(Mp4File.lumaFrames(rendered.video())).hasSize(150);
        var boxes = Mp4File.topLevelBoxes(rendered.video());
        assertThat(boxes.indexOf("moov")).as("moov before mdat: %s", boxes).isLessThan(boxes.indexOf("mdat"));
        assertThat(rendered).extracting(RenderedClip::frames, RenderedClip::width, RenderedClip::height)
                .containsExactly(150, 1280, 768);
        assertThat(rendered.videoBytes()).isEqualTo(Files.size(rendered.video()));
        var poster = ImageIO.read(rendered.poster().toFile());
        assertThat(poster.getWidth()).isEqualTo(1280);
        assertThat(poster.getHeight()).isEqualTo(768);
        assertThat(progress).first().isEqualTo(0);
        assertThat(progress).last().isEqualTo(100);
        assertThat(progress).isSorted();
        try (var left = Files.list(folder)) {
            assertThat(left.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("photo.png", "clip.mp4", "poster.jpg");
        }
    }

    @Test
    void markersFollowTheCameraPathToATenthOfAPixelWithoutWholePixelSteps() {
        assertMarkersFollowThePath(Motion.ZOOM_IN, VideoFormat.LANDSCAPE);
    }

    @Test
    void aVerticalPanInPortraitIsJustAsSmooth() {
        assertMarkersFollowThePath(Motion.PAN_UP, VideoFormat.PORTRAIT);
    }

    @Test
    void cancellingStopsTheRenderAndLeavesNoFile() throws Exception {
        var photo = SyntheticPhoto.write(SyntheticPhoto.withMarkers(1600, 1200, MARKERS), folder.resolve("photo.png"));
        var started = new CountDownLatch(1);
        var clip = new MotionClip(Motion.ZOOM_OUT, VideoFormat.LANDSCAPE_HD, ClipLength.TEN_SECONDS);

        var task = renderer.submit(photo, clip, folder.resolve("clip.mp4"), folder.resolve("poster.jpg"), percent -> {
            if (percent >= 5) {
                started.countDown();
            }
        });
        assertThat(started.await(60, TimeUnit.SECONDS)).isTrue();
        task.cancel();

        assertThatThrownBy(() -> task.result().get(60, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        assertThat(task.result().isCancelled()).isTrue();
        try (var left = Files.list(folder)) {
            assertThat(left.map(path -> path.getFileName().toString())).containsExactly("photo.png");
        }
    }

    @Test
    void aClipWithALastFrameArrivesAtItAndALoopEndsWhereItBegan() {
        var start = SyntheticPhoto.write(stripes(1600, 1000), folder.resolve("start.png"));
        var end = SyntheticPhoto.write(plain(1200, 900, new java.awt.Color(235, 235, 235)), folder.resolve("end.png"));
        var clip = new MotionClip(Motion.ZOOM_IN, VideoFormat.LANDSCAPE, ClipLength.FIVE_SECONDS);

        var toEnd = lumaOf(renderer.render(start, clip, new Ending(end, false), folder.resolve("to-end.mp4"),
                folder.resolve("to-end.jpg"), percent -> { }, () -> false));
        assertThat(mean(toEnd.getLast())).as("the last frame is the end photo").isCloseTo(235, within(4.0));
        assertThat(mean(toEnd.getFirst())).as("the first is the motion's").isLessThan(200);
        assertThat(mean(toEnd.get(toEnd.size() * 7 / 10))).as("halfway through the fade, not a cut")
                .isBetween(mean(toEnd.getFirst()) + 10, 225.0);

        var loop = lumaOf(renderer.render(start, clip, new Ending(null, true), folder.resolve("loop.mp4"),
                folder.resolve("loop.jpg"), percent -> { }, () -> false));
        assertThat(difference(loop.getLast(), loop.getFirst())).as("back to the first frame").isLessThan(2.0);
        assertThat(difference(loop.get(loop.size() / 2), loop.getFirst())).as("the motion in between").isGreaterThan(4.0);

        var both = lumaOf(renderer.render(start, clip, new Ending(end, true), folder.resolve("both.mp4"),
                folder.resolve("both.jpg"), percent -> { }, () -> false));
        assertThat(mean(both.get(both.size() / 2))).as("the end photo by the middle").isCloseTo(235, within(4.0));
        assertThat(difference(both.getLast(), both.getFirst())).as("and back to the start").isLessThan(2.0);
    }

    @Test
    void theFramingChoosesWhichPartOfThePhotoAVerticalClipKeeps() {
        // a wide photo, dark on its left third and light on its right: 9:16 keeps about a third of its width
        var photo = plain(2400, 1000, new java.awt.Color(30, 30, 30));
        var g = photo.createGraphics();
        g.setColor(new java.awt.Color(220, 220, 220));
        g.fillRect(1600, 0, 800, 1000);
        g.dispose();
        var file = SyntheticPhoto.write(photo, folder.resolve("wide.png"));

        var left = lumaOf(renderer.render(file, new MotionClip(Motion.ZOOM_IN, VideoFormat.PORTRAIT, ClipLength.FIVE_SECONDS,
                new Framing(0, 0.5)), folder.resolve("left.mp4"), folder.resolve("left.jpg"), percent -> { }, () -> false));
        var right = lumaOf(renderer.render(file, new MotionClip(Motion.ZOOM_IN, VideoFormat.PORTRAIT, ClipLength.FIVE_SECONDS,
                new Framing(1, 0.5)), folder.resolve("right.mp4"), folder.resolve("right.jpg"), percent -> { }, () -> false));

        assertThat(mean(left.getFirst())).as("the left side kept").isLessThan(45);
        assertThat(mean(left.getLast())).as("and zoomed into").isLessThan(45);
        assertThat(mean(right.getFirst())).as("the right side kept").isGreaterThan(200);
        assertThat(mean(right.getLast())).isGreaterThan(200);
    }

    private static List<byte[]> lumaOf(RenderedClip clip) {
        return Mp4File.lumaFrames(clip.video());
    }

    /** Dark and light bands 40 px wide: any move of the camera changes most pixels. */
    private static java.awt.image.BufferedImage stripes(int width, int height) {
        var image = plain(width, height, new java.awt.Color(40, 40, 40));
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(160, 160, 160));
        for (int x = 0; x < width; x += 80) {
            g.fillRect(x, 0, 40, height);
        }
        g.dispose();
        return image;
    }

    private static java.awt.image.BufferedImage plain(int width, int height, java.awt.Color colour) {
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    private static double mean(byte[] luma) {
        long sum = 0;
        for (byte value : luma) {
            sum += value & 0xFF;
        }
        return (double) sum / luma.length;
    }

    /** The mean absolute difference of two frames' luma. */
    private static double difference(byte[] a, byte[] b) {
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs((a[i] & 0xFF) - (b[i] & 0xFF));
        }
        return (double) sum / a.length;
    }

    @Test
    void aFileThatIsNotAnImageFailsCleanly() throws IOException {
        var notAPhoto = Files.writeString(folder.resolve("photo.jpg"), "not an image");

        assertThatThrownBy(() -> renderer.render(notAPhoto, new MotionClip(Motion.PAN_LEFT, VideoFormat.SQUARE,
                ClipLength.FIVE_SECONDS), folder.resolve("clip.mp4"), folder.resolve("poster.jpg"), RenderProgress.IGNORED, () -> false))
                .isInstanceOf(RenderException.class);
        try (var left = Files.list(folder)) {
            assertThat(left.map(path -> path.getFileName().toString())).containsExactly("photo.jpg");
        }
    }

    private void assertMarkersFollowThePath(Motion motion, VideoFormat format) {
        var photo = SyntheticPhoto.write(SyntheticPhoto.withMarkers(3000, 2000, MARKERS), folder.resolve("photo.png"));
        var clip = new MotionClip(motion, format, ClipLength.FIVE_SECONDS);
        var rendered = renderer.render(photo, clip, folder.resolve("clip.mp4"), folder.resolve("poster.jpg"),
                RenderProgress.IGNORED, () -> false);

        var frames = Mp4File.lumaFrames(rendered.video());
        var path = new CameraPath(motion, 3000, 2000, format.aspect());
        double squaredError = 0;
        double worst = 0;
        int measured = 0;
        for (int f = 0; f < frames.size(); f++) {
            var rect = path.frame(f, frames.size());
            double scale = format.width() / rect.width();
            for (double[] marker : MARKERS) {
                double expectedX = (marker[0] - rect.x()) * scale - 0.5;
                double expectedY = (marker[1] - rect.y()) * scale - 0.5;
                double radius = 4 * SyntheticPhoto.MARKER_SIGMA * scale;
                if (expectedX < radius || expectedY < radius || expectedX > format.width() - radius
                        || expectedY > format.height() - radius) {
                    continue;
                }
                var found = Mp4File.centroid(frames.get(f), format.width(), format.height(), expectedX, expectedY,
                        radius, 110);
                double error = Math.hypot(found[0] - expectedX, found[1] - expectedY);
                squaredError += error * error;
                worst = Math.max(worst, error);
                measured++;
            }
        }
        assertThat(measured).isGreaterThan(frames.size());
        assertThat(Math.sqrt(squaredError / measured)).as("RMS distance from the path (px)").isLessThan(0.1);
        assertThat(worst).as("largest distance from the path (px)").isLessThan(0.25);
    }
}
