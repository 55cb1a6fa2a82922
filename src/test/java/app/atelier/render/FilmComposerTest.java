package app.atelier.render;

import app.atelier.render.internal.H264Writer;
import app.atelier.render.internal.Soundtrack;
import app.atelier.render.internal.YuvPlanes;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Films made from scenes of known colours and read back through FFmpeg: their shape, length, rate and
 * codecs, the scenes in their order, what a transition blends, what is drawn over a scene, and the
 * loudness of the music under it as FFmpeg's ebur128 filter measures it.
 */
class FilmComposerTest {

    private static final int RED = 0xC82828;
    private static final int GREEN = 0x28B43C;
    private static final int BLUE = 0x283CC8;
    private static final int YELLOW = 0xE6D21E;
    private static final int MAGENTA = 0xC81EB4;

    private final FilmComposer composer = new FilmComposer(RenderProperties.defaults());

    @TempDir
    Path folder;

    @Test
    void scenesComeInOrderCrossFadedWithTheirCaptionAndTheMusicAtBroadcastLoudness() throws IOException {
        // a caption band over the first scene, from 0.5 s to 1.5 s
        var caption = new BufferedImage(1080, 1080, BufferedImage.TYPE_INT_ARGB);
        var g = caption.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(100, 900, 880, 100);
        g.dispose();
        var plan = new FilmPlan(VideoFormat.SQUARE, List.of(
                new FilmScene.Photo(photo("red.png", RED), Motion.ZOOM_IN, Framing.CENTRE, Duration.ofSeconds(2),
                        List.of(FilmScene.Overlay.of(caption, Duration.ofMillis(500), Duration.ofMillis(1500)))),
                new FilmScene.Photo(photo("green.png", GREEN), Motion.PAN_RIGHT, Framing.CENTRE, Duration.ofSeconds(2), List.of()),
                new FilmScene.Still(plain(1080, 1080, BLUE), Duration.ofSeconds(2), List.of())),
                new Transition(Transition.Kind.CROSS_FADE, Duration.ofMillis(600)),
                TestSounds.wav(folder.resolve("music.wav"), 44_100, 30, 0.03, false));

        var film = composer.compose(plan, folder.resolve("film.mp4"), folder.resolve("film.jpg"), folder, (percent, scene) -> { },
                () -> false);

        var video = film.video();
        var stream = Mp4File.stream(video);
        assertThat(stream.codec()).isEqualTo("h264");
        assertThat(stream.profile()).isEqualTo(avcodec.AV_PROFILE_H264_HIGH);
        assertThat(stream.pixelFormat()).isEqualTo(avutil.AV_PIX_FMT_YUV420P);
        assertThat(stream.width()).isEqualTo(1080);
        assertThat(stream.height()).isEqualTo(1080);
        assertThat(Mp4File.frameRate(video)).isCloseTo(30, within(0.01));
        // 2 + 2 + 2 s less two transitions of 0.6 s
        assertThat(plan.length()).isEqualTo(Duration.ofMillis(4800));
        assertThat(stream.seconds()).isCloseTo(4.8, within(1.0 / 30));
        var boxes = Mp4File.topLevelBoxes(video);
        assertThat(boxes.indexOf("moov")).as("faststart: %s", boxes).isLessThan(boxes.indexOf("mdat"));
        assertThat(Mp4File.sound(video)).isEqualTo(new Mp4File.Sound("aac", 2, 48_000));
        var loudness = Soundtrack.measure(into -> Mp4File.samples(video, into));
        assertThat(loudness.integrated()).isCloseTo(-14, within(1.0));
        assertThat(loudness.truePeak()).isLessThanOrEqualTo(-1.0);

        var middle = new Rectangle(500, 400, 80, 80);
        var frames = Mp4File.colours(video, i -> true, middle);
        assertThat(frames).hasSize(plan.frames()).hasSize(144);
        int[] starts = plan.starts();
        assertThat(frames.get(15)).as("the first scene").satisfies(colour -> assertClose(colour, RED));
        assertThat(frames.get(starts[1] + 30)).as("the second").satisfies(colour -> assertClose(colour, GREEN));
        assertThat(frames.get(starts[2] + 40)).as("the third").satisfies(colour -> assertClose(colour, BLUE));
        assertThat(frames.get(starts[1] + plan.overlap() / 2)).as("the middle of a cross-fade is both")
                .satisfies(colour -> assertClose(colour, blend(RED, GREEN)));
        var band = Mp4File.colours(video, i -> i == 5 || i == 30, new Rectangle(400, 930, 200, 40));
        assertThat(band.get(30)).as("the caption, shown").satisfies(colour -> assertClose(colour, 0xFFFFFF));
        assertThat(band.get(5)).as("not yet").satisfies(colour -> assertClose(colour, RED));
        assertThat(film.poster()).exists();
    }

    @Test
    void aVideoIsCutAroundItsFramingOrShownWholeAndACutBlendsNothingAndADipGoesThroughWhite() throws IOException {
        var clip = video("halves.mp4", 640, 360, 60);
        var plan = new FilmPlan(VideoFormat.VERTICAL_HD, List.of(
                new FilmScene.Video(clip, Duration.ofMillis(200), Duration.ofMillis(1200), new Framing(0, 0.5), false, false, List.of()),
                new FilmScene.Video(clip, Duration.ZERO, Duration.ofSeconds(1), Framing.CENTRE, true, false, List.of()),
                new FilmScene.Photo(photo("blue.png", BLUE), Motion.ZOOM_OUT, Framing.CENTRE, Duration.ofSeconds(1), List.of())),
                Transition.CUT, null);

        var film = composer.compose(plan, folder.resolve("cut.mp4"), folder.resolve("cut.jpg"), folder, (percent, scene) -> { },
                () -> false);

        assertThat(Mp4File.sound(film.video())).as("no music, no sound track").isNull();
        assertThat(Mp4File.stream(film.video())).extracting(Mp4File.Stream::width, Mp4File.Stream::height)
                .containsExactly(1080, 1920);
        var centre = Mp4File.colours(film.video(), i -> true, new Rectangle(500, 900, 80, 80));
        assertThat(centre).hasSize(90);
        assertThat(centre.get(29)).as("the left of the video, kept").satisfies(colour -> assertClose(colour, YELLOW));
        assertThat(centre.get(30)).as("a cut: the next scene at once").satisfies(colour -> assertClose(colour, blend(YELLOW, MAGENTA)));
        var whole = Mp4File.colours(film.video(), i -> i == 45, new Rectangle(100, 960, 80, 40));
        assertThat(whole.get(45)).as("the whole video, its left half").satisfies(colour -> assertClose(colour, YELLOW));
        var above = Mp4File.colours(film.video(), i -> i == 45, new Rectangle(500, 100, 80, 80));
        assertThat(above.get(45)).as("over a blurred copy of itself, not black").satisfies(colour ->
                assertThat((colour >> 16 & 0xFF) + (colour >> 8 & 0xFF) + (colour & 0xFF)).isGreaterThan(300));

        var dip = new FilmPlan(VideoFormat.SQUARE, List.of(
                new FilmScene.Still(plain(1080, 1080, RED), Duration.ofSeconds(1), List.of()),
                new FilmScene.Still(plain(1080, 1080, BLUE), Duration.ofSeconds(1), List.of())),
                new Transition(Transition.Kind.DIP_TO_WHITE, Duration.ofMillis(400)), null);
        var dipped = composer.compose(dip, folder.resolve("dip.mp4"), folder.resolve("dip.jpg"), folder, (percent, scene) -> { },
                () -> false);
        var colours = Mp4File.colours(dipped.video(), i -> true, new Rectangle(500, 500, 40, 40));
        int middle = dip.starts()[1] + dip.overlap() / 2;
        assertThat(colours.get(middle)).as("through white").satisfies(colour -> assertClose(colour, 0xFFFFFF));
        assertThat(colours.get(2)).satisfies(colour -> assertClose(colour, RED));
        assertThat(colours.get(dip.frames() - 2)).satisfies(colour -> assertClose(colour, BLUE));
    }

    @Test
    void aVideosOwnSoundIsHeardOnlyWhenKeptWhereItPlaysWithTheMusicSteppingBackUnderIt() throws IOException {
        var clip = video("tone.mp4", 320, 180, 90, 1000);
        var music = TestSounds.wav(folder.resolve("music.wav"), 44_100, 10, 0.05, false);
        var kept = new FilmPlan(VideoFormat.SQUARE, List.of(
                new FilmScene.Photo(photo("red.png", RED), Motion.ZOOM_IN, Framing.CENTRE, Duration.ofSeconds(2), List.of()),
                new FilmScene.Video(clip, Duration.ofMillis(500), Duration.ofMillis(2500), Framing.CENTRE, false, true, List.of()),
                new FilmScene.Photo(photo("blue.png", BLUE), Motion.ZOOM_IN, Framing.CENTRE, Duration.ofSeconds(3), List.of())),
                Transition.CUT, music);
        var scenes = new java.util.ArrayList<Integer>();

        var film = composer.compose(kept, folder.resolve("kept.mp4"), folder.resolve("kept.jpg"), folder,
                (percent, scene) -> scenes.add(scene), () -> false);

        assertThat(scenes).as("the sound first, then each scene in turn").startsWith(FilmProgress.SOUND)
                .containsSubsequence(0, 1, 2).doesNotContain(3);
        var loudness = Soundtrack.measure(into -> Mp4File.samples(film.video(), into));
        assertThat(loudness.integrated()).isCloseTo(-14, within(1.0));
        assertThat(loudness.truePeak()).isLessThanOrEqualTo(-1.0);
        var left = leftChannel(film.video());
        // the video's tone (1 kHz) and the music's middle note (330 Hz), before, during and after the video
        double toneBefore = level(left, 1000, 0.5, 1.5);
        double toneDuring = level(left, 1000, 2.5, 3.5);
        double toneAfter = level(left, 1000, 4.5, 5.5);
        assertThat(toneDuring - toneBefore).as("the video's sound, heard where it plays").isGreaterThan(30);
        assertThat(toneDuring - toneAfter).as("and only there").isGreaterThan(30);
        double musicBefore = level(left, 330, 0.5, 1.5);
        double musicDuring = level(left, 330, 2.5, 3.5);
        double musicAfter = level(left, 330, 4.5, 5.5);
        assertThat(musicBefore - musicDuring).as("the music steps back under it").isGreaterThan(10);
        assertThat(musicAfter - musicDuring).as("and comes up again after").isGreaterThan(10);

        var silent = new FilmPlan(VideoFormat.SQUARE, List.of(
                new FilmScene.Video(clip, Duration.ZERO, Duration.ofSeconds(2), Framing.CENTRE, false, false, List.of())),
                Transition.CUT, null);
        var quiet = composer.compose(silent, folder.resolve("silent.mp4"), folder.resolve("silent.jpg"), folder,
                (percent, scene) -> { }, () -> false);
        assertThat(Mp4File.sound(quiet.video())).as("a video's sound not kept, no music: no sound track").isNull();

        var alone = new FilmPlan(VideoFormat.SQUARE, List.of(
                new FilmScene.Video(clip, Duration.ZERO, Duration.ofSeconds(2), Framing.CENTRE, false, true, List.of())),
                Transition.CUT, null);
        var voiced = composer.compose(alone, folder.resolve("alone.mp4"), folder.resolve("alone.jpg"), folder,
                (percent, scene) -> { }, () -> false);
        assertThat(Mp4File.sound(voiced.video())).as("its sound kept, without music").isEqualTo(new Mp4File.Sound("aac", 2, 48_000));
        assertThat(Soundtrack.measure(into -> Mp4File.samples(voiced.video(), into)).integrated()).isCloseTo(-14, within(1.0));
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).as("no working file left")
                    .noneMatch(name -> name.endsWith(".f32"));
        }
    }

    /** The left channel of a film's sound. */
    private static float[] leftChannel(Path video) {
        var out = new java.io.ByteArrayOutputStream();
        var data = new java.io.DataOutputStream(out);
        Mp4File.samples(video, chunk -> {
            while (chunk.remaining() >= 2) {
                try {
                    data.writeFloat(chunk.get());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                chunk.get();
            }
        });
        var floats = java.nio.ByteBuffer.wrap(out.toByteArray()).asFloatBuffer();
        var left = new float[floats.remaining()];
        floats.get(left);
        return left;
    }

    /** The level (dB) of one frequency between two moments, by Goertzel's algorithm. */
    private static double level(float[] samples, double hertz, double fromSeconds, double toSeconds) {
        int from = (int) (fromSeconds * 48_000);
        int to = Math.min(samples.length, (int) (toSeconds * 48_000));
        double coefficient = 2 * Math.cos(2 * Math.PI * hertz / 48_000);
        double previous = 0;
        double before = 0;
        for (int i = from; i < to; i++) {
            double now = samples[i] + coefficient * previous - before;
            before = previous;
            previous = now;
        }
        double power = previous * previous + before * before - coefficient * previous * before;
        return 10 * Math.log10(power / (to - from) + 1e-12);
    }

    @Test
    void aCancelledFilmLeavesNothingBehind() throws IOException {
        var red = photo("red.png", RED);
        var plan = new FilmPlan(VideoFormat.LANDSCAPE_HD, List.of(
                new FilmScene.Photo(red, Motion.ZOOM_IN, Framing.CENTRE, Duration.ofSeconds(4), List.of())), Transition.CUT,
                TestSounds.wav(folder.resolve("music.wav"), 44_100, 5, 0.1, false));
        var asked = new AtomicInteger();

        assertThatThrownBy(() -> composer.compose(plan, folder.resolve("film.mp4"), folder.resolve("film.jpg"), folder,
                (percent, scene) -> { }, () -> asked.incrementAndGet() > 20)).isInstanceOf(CancellationException.class);

        try (var left = Files.list(folder)) {
            assertThat(left.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("red.png", "music.wav");
        }
    }

    /** Close, as colours go through 4:2:0, H.264 and a converter that may read BT.709 as BT.601 (greens shift most). */
    private static void assertClose(int actual, int expected) {
        for (int shift = 0; shift <= 16; shift += 8) {
            assertThat(actual >> shift & 0xFF).as("%06x against %06x", actual, expected)
                    .isCloseTo(expected >> shift & 0xFF, within(32));
        }
    }

    private static int blend(int a, int b) {
        int out = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            out |= (((a >> shift & 0xFF) + (b >> shift & 0xFF)) / 2) << shift;
        }
        return out;
    }

    private static BufferedImage plain(int width, int height, int rgb) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(rgb));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    private Path photo(String name, int rgb) {
        return SyntheticPhoto.write(plain(1600, 1200, rgb), folder.resolve(name));
    }

    /** A video whose left half is yellow and right half magenta. */
    private Path video(String name, int width, int height, int frames) {
        return video(name, width, height, frames, 0);
    }

    /** A video whose left half is yellow and right half magenta, with a steady tone of {@code hertz} when not 0. */
    private Path video(String name, int width, int height, int frames, double hertz) {
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = i % width < width / 2 ? YELLOW : MAGENTA;
        }
        byte[] frame = YuvPlanes.fromRgb(pixels, width, height).toFrame();
        var buffer = ByteBuffer.allocateDirect(frame.length);
        var file = folder.resolve(name);
        int perFrame = H264Writer.SAMPLE_RATE / 30;
        try (var writer = new H264Writer(file, width, height, 30, "ultrafast", 18, 1, hertz > 0)) {
            for (int i = 0; i < frames; i++) {
                buffer.clear();
                buffer.put(frame).flip();
                writer.write(buffer);
                if (hertz > 0) {
                    var samples = java.nio.FloatBuffer.allocate(perFrame * 2);
                    for (int j = 0; j < perFrame; j++) {
                        float value = (float) (0.1 * Math.sin(2 * Math.PI * hertz * (i * perFrame + j) / H264Writer.SAMPLE_RATE));
                        samples.put(value).put(value);
                    }
                    writer.writeSamples(samples.flip());
                }
            }
            writer.finish();
        }
        return file;
    }
}
