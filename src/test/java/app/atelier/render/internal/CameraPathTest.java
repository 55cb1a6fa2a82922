package app.atelier.render.internal;

import app.atelier.render.Framing;
import app.atelier.render.Motion;
import app.atelier.render.VideoFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CameraPathTest {

    private static final int FRAMES = 150;
    private static final int[][] PHOTOS = {{3000, 2000}, {2000, 3000}, {1280, 768}, {4000, 1000}, {1080, 1080}};

    static Stream<Arguments> everyMotionFormatAndPhoto() {
        return Arrays.stream(Motion.values()).flatMap(motion -> Arrays.stream(VideoFormat.values())
                .flatMap(format -> Arrays.stream(PHOTOS).map(photo -> Arguments.of(motion, format, photo[0], photo[1]))));
    }

    @ParameterizedTest(name = "{0} {1} from {2}x{3}")
    @MethodSource("everyMotionFormatAndPhoto")
    void everyFrameStaysInsideThePhotoAtTheFramesAspect(Motion motion, VideoFormat format, int width, int height) {
        for (var framing : new Framing[]{Framing.CENTRE, new Framing(0, 0), new Framing(1, 1), new Framing(0.3, 0.8)}) {
            var path = new CameraPath(motion, width, height, format.aspect(), framing);
            for (int i = 0; i < FRAMES; i++) {
                var rect = path.frame(i, FRAMES);
                assertThat(rect.x()).isGreaterThanOrEqualTo(-1e-9);
                assertThat(rect.y()).isGreaterThanOrEqualTo(-1e-9);
                assertThat(rect.x() + rect.width()).isLessThanOrEqualTo(width + 1e-9);
                assertThat(rect.y() + rect.height()).isLessThanOrEqualTo(height + 1e-9);
                assertThat(rect.width() / rect.height()).isCloseTo(format.aspect(), within(1e-9));
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} from {2}x{3}")
    @MethodSource("everyMotionFormatAndPhoto")
    void theCameraStartsAndStopsGentlyAndNeverJerks(Motion motion, VideoFormat format, int width, int height) {
        var path = new CameraPath(motion, width, height, format.aspect());
        double[] speed = new double[FRAMES - 1];
        for (int i = 0; i < FRAMES - 1; i++) {
            speed[i] = distance(path.frame(i, FRAMES), path.frame(i + 1, FRAMES));
        }
        double fastest = Arrays.stream(speed).max().orElseThrow();
        assertThat(fastest).isPositive();
        assertThat(speed[0]).isLessThan(fastest * 0.02);
        assertThat(speed[FRAMES - 2]).isLessThan(fastest * 0.02);
        for (int i = 1; i < FRAMES - 1; i++) {
            assertThat(Math.abs(speed[i] - speed[i - 1])).as("change of speed at frame " + i).isLessThan(fastest * 0.05);
        }
    }

    @Test
    void aZoomInGoesFromTheWholeCoverCropToItsCentreThirtyPercentCloser() {
        var path = new CameraPath(Motion.ZOOM_IN, 3000, 2000, VideoFormat.LANDSCAPE.aspect());

        assertThat(path.at(0)).isEqualTo(new CropRect(0, 100, 3000, 1800));
        var end = path.at(1);
        assertThat(end.width()).isCloseTo(3000 / 1.3, within(1e-9));
        assertThat(end.centerX()).isCloseTo(1500, within(1e-9));
        assertThat(end.centerY()).isCloseTo(1000, within(1e-9));
    }

    @Test
    void theFramingPutsTheCutWhereTheMemberMovedItAndTheCameraFollowsItsPoint() {
        // a 3:2 photo in 9:16: most of its width is cut away; the member keeps its left side
        var left = new Framing(0.2, 0.5);
        var still = new CameraPath(Motion.ZOOM_IN, 3000, 2000, VideoFormat.VERTICAL_HD.aspect(), left);
        assertThat(still.base().centerX()).isCloseTo(600, within(1e-9));
        assertThat(still.at(1).centerX()).as("the zoom goes towards the chosen point").isCloseTo(600, within(1e-9));
        var corner = new CameraPath(Motion.ZOOM_IN, 3000, 2000, VideoFormat.VERTICAL_HD.aspect(), new Framing(0, 0));
        assertThat(corner.base().x()).as("against the edge, never outside").isZero();

        // a 3:2 photo in 16:9 loses a band at the top or bottom: the member keeps the roof
        var roof = new CameraPath(Motion.PAN_RIGHT, 3000, 2000, VideoFormat.LANDSCAPE_HD.aspect(), new Framing(0.5, 0));
        for (int i = 0; i < FRAMES; i++) {
            assertThat(roof.frame(i, FRAMES).y()).as("frame " + i + " keeps the top").isCloseTo(0, within(1e-9));
        }
        assertThat(roof.at(1).x() + roof.at(1).width()).as("and still pans across").isCloseTo(3000, within(1e-9));
        var centred = new CameraPath(Motion.PAN_UP, 3000, 2000, VideoFormat.LANDSCAPE.aspect(), Framing.CENTRE);
        var before = new CameraPath(Motion.PAN_UP, 3000, 2000, VideoFormat.LANDSCAPE.aspect());
        assertThat(centred.at(0.3)).isEqualTo(before.at(0.3));
    }

    @Test
    void aZoomOutIsAZoomInPlayedBackwards() {
        var in = new CameraPath(Motion.ZOOM_IN, 3000, 2000, VideoFormat.PORTRAIT.aspect());
        var out = new CameraPath(Motion.ZOOM_OUT, 3000, 2000, VideoFormat.PORTRAIT.aspect());

        for (int i = 0; i < FRAMES; i++) {
            var backwards = in.frame(FRAMES - 1 - i, FRAMES);
            var frame = out.frame(i, FRAMES);
            assertThat(frame.x()).isCloseTo(backwards.x(), within(1e-9));
            assertThat(frame.y()).isCloseTo(backwards.y(), within(1e-9));
            assertThat(frame.width()).isCloseTo(backwards.width(), within(1e-9));
        }
    }

    @Test
    void pansTravelTheWholeRoomThePhotoGivesInTheirDirection() {
        var left = new CameraPath(Motion.PAN_LEFT, 3000, 2000, VideoFormat.LANDSCAPE.aspect());
        var right = new CameraPath(Motion.PAN_RIGHT, 3000, 2000, VideoFormat.LANDSCAPE.aspect());
        var up = new CameraPath(Motion.PAN_UP, 3000, 2000, VideoFormat.LANDSCAPE.aspect());
        var down = new CameraPath(Motion.PAN_DOWN, 3000, 2000, VideoFormat.LANDSCAPE.aspect());

        assertThat(left.at(0).x() + left.at(0).width()).isCloseTo(3000, within(1e-9));
        assertThat(left.at(1).x()).isCloseTo(0, within(1e-9));
        assertThat(right.at(0).x()).isCloseTo(0, within(1e-9));
        assertThat(right.at(1).x() + right.at(1).width()).isCloseTo(3000, within(1e-9));
        assertThat(up.at(0).y() + up.at(0).height()).isCloseTo(2000, within(1e-9));
        assertThat(up.at(1).y()).isCloseTo(0, within(1e-9));
        assertThat(down.at(0).y()).isCloseTo(0, within(1e-9));
        assertThat(down.at(1).y() + down.at(1).height()).isCloseTo(2000, within(1e-9));
        assertThat(left.at(0.5).centerY()).isCloseTo(1000, within(1e-9));
    }

    @Test
    void aPushOutStartsCloseOnTheUpperLeftAndEndsOnTheWholeCrop() {
        var path = new CameraPath(Motion.CAMERA_PUSH_OUT, 3000, 2000, VideoFormat.SQUARE.aspect());

        var start = path.at(0);
        assertThat(start.width()).isCloseTo(2000 / 1.3, within(1e-9));
        assertThat(start.centerX()).isLessThan(1500);
        assertThat(start.centerY()).isLessThan(1000);
        assertThat(path.at(1)).isEqualTo(path.base());
    }

    @Test
    void easingIsZeroHalfAndOneAtTheStartMiddleAndEnd() {
        assertThat(CameraPath.ease(0)).isEqualTo(0);
        assertThat(CameraPath.ease(0.5)).isCloseTo(0.5, within(1e-12));
        assertThat(CameraPath.ease(1)).isCloseTo(1, within(1e-12));
        assertThat(CameraPath.ease(-1)).isEqualTo(0);
    }

    private static double distance(CropRect a, CropRect b) {
        return Math.abs(a.x() - b.x()) + Math.abs(a.y() - b.y()) + Math.abs(a.width() - b.width());
    }
}
