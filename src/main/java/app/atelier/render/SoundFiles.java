package app.atelier.render;

import app.atelier.render.internal.FfmpegLogging;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** What FFmpeg makes of a file given as music: which format it is, and how long it plays, if it is music at all. */
public final class SoundFiles {

    /** The containers a music track may come in: MP3, AAC or M4A, WAV, FLAC, Ogg. */
    private static final Set<String> FORMATS = Set.of("mp3", "aac", "mov", "mp4", "m4a", "wav", "flac", "ogg");

    private SoundFiles() {
    }

    /**
     * How long the track plays, when FFmpeg reads it as one of the accepted formats and finds sound in
     * it (whatever the file's name says); nothing otherwise.
     */
    public static Optional<Duration> length(Path file) {
        FfmpegLogging.ensureQuiet();
        try (var grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.start();
            var format = grabber.getFormat() == null ? "" : grabber.getFormat();
            boolean accepted = Arrays.stream(format.split(",")).anyMatch(FORMATS::contains);
            if (!accepted || grabber.getAudioChannels() <= 0 || grabber.getSampleRate() <= 0) {
                return Optional.empty();
            }
            long micros = grabber.getLengthInTime();
            if (micros <= 0) {
                // a stream without a stated length: count what decodes
                long samples = 0;
                org.bytedeco.javacv.Frame frame;
                while ((frame = grabber.grabSamples()) != null) {
                    samples += frame.samples == null ? 0 : frame.samples[0].limit() / Math.max(1, grabber.getAudioChannels());
                }
                micros = samples * 1_000_000L / grabber.getSampleRate();
            } else if (grabber.grabSamples() == null) {
                return Optional.empty();
            }
            return micros > 0 ? Optional.of(Duration.ofNanos(micros * 1000)) : Optional.empty();
        } catch (FrameGrabber.Exception e) {
            return Optional.empty();
        }
    }
}
