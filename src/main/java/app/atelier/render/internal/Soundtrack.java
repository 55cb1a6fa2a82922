package app.atelier.render.internal;

import app.atelier.render.RenderException;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameFilter;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameFilter;
import org.jspecify.annotations.Nullable;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A film's sound (its music, and the sound of the video parts the member kept, see {@link SoundMix}),
 * brought to the loudness of online video (EBU R128: -14 LUFS integrated, true peak at most -1 dBTP),
 * then read back a frame's worth at a time while the film is encoded. The track is decoded by FFmpeg
 * (any format it reads) to 48 kHz stereo, cut at the film's end, faded in and out; FFmpeg's own
 * {@code ebur128} filter measures the mix; a gain brings it to the target and, when that gain would
 * push its peaks over the ceiling, a limiter holds them under it. A track shorter than the film plays
 * once, fades out at its own end, and silence follows. Everything lives in raw files of the work
 * folder, so memory does not grow with the film.
 */
public final class Soundtrack implements AutoCloseable {

    public static final int RATE = H264Writer.SAMPLE_RATE;
    public static final double TARGET_LUFS = -14;
    public static final double CEILING_DBTP = -1;
    /** Where the limiter holds sample peaks: under the ceiling by what peaks between samples may add. */
    private static final double LIMIT_DBFS = -2.2;
    private static final int CHUNK = 4096;

    /**
     * A part of a video whose own sound plays in the film from sample {@code at} (per channel) for
     * {@code length} samples, from {@code fromMicros} of the video on, rising and falling over {@code fade}.
     */
    public record Part(Path video, long fromMicros, long at, long length, long fade) {
    }

    /** A measure: integrated loudness (LUFS) and true peak (dBTP). */
    public record Loudness(double integrated, double truePeak) {
    }

    private final Path fitted;
    private final InputStream in;
    private final Loudness before;
    private final Loudness after;

    private Soundtrack(Path fitted, Loudness before, Loudness after) throws IOException {
        this.fitted = fitted;
        this.before = before;
        this.after = after;
        this.in = new BufferedInputStream(Files.newInputStream(fitted), 1 << 16);
    }

    /**
     * Prepares {@code music} alone for a film of {@code frames} samples (per channel) in {@code folder}.
     *
     * @throws RenderException when FFmpeg cannot read it as sound
     */
    public static Soundtrack prepare(Path music, long frames, Path folder) {
        return java.util.Objects.requireNonNull(prepare(music, List.of(), frames, folder));
    }

    /**
     * Prepares the sound of a film of {@code frames} samples (per channel) in {@code folder}: the music,
     * if any, and the sound of the video parts kept, mixed and brought to the target loudness.
     *
     * @return null when nothing is heard (no music, and no kept part has sound): the film has no sound track
     * @throws RenderException when FFmpeg cannot read the music as sound
     */
    public static @Nullable Soundtrack prepare(@Nullable Path music, List<Part> parts, long frames, Path folder) {
        var mixed = folder.resolve("sound-mix.f32");
        var fitted = folder.resolve("sound-fitted.f32");
        try {
            if (!SoundMix.write(music, parts, frames, folder, mixed)) {
                return null;
            }
            var before = measure(consumer -> scaled(mixed, frames, 1, consumer));
            if (!(before.integrated() > -70)) {
                // silence stays silence: there is nothing to bring up
                write(fitted, frames, null, mixed, 1);
                return new Soundtrack(fitted, before, before);
            }
            double gain = TARGET_LUFS - before.integrated();
            // AAC adds a little to the peaks: a linear gain keeps some room under the ceiling
            boolean limit = before.truePeak() + gain > CEILING_DBTP - 1.0;
            double ceiling = LIMIT_DBFS;
            Loudness after;
            int attempt = 0;
            while (true) {
                write(fitted, frames, limit ? "volume=" + decibels(gain) + ",alimiter=limit=" + linear(ceiling)
                        + ":level=false:attack=5:release=60:latency=true" : null, mixed, limit ? 1 : Math.pow(10, gain / 20));
                after = measure(consumer -> SoundMix.read(fitted, frames, consumer));
                boolean loudEnough = Math.abs(after.integrated() - TARGET_LUFS) <= 0.5;
                boolean underCeiling = after.truePeak() <= CEILING_DBTP - 0.5;
                if (loudEnough && underCeiling || ++attempt >= 4) {
                    break;
                }
                // as a mastering limiter is driven: more gain into it for what it took away, lower samples
                // for peaks between them that it does not see
                limit = true;
                gain += TARGET_LUFS - after.integrated();
                ceiling -= Math.max(0, after.truePeak() - (CEILING_DBTP - 0.5));
            }
            return new Soundtrack(fitted, before, after);
        } catch (IOException e) {
            PartFiles.deleteQuietly(fitted);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            PartFiles.deleteQuietly(fitted);
            throw e;
        } finally {
            PartFiles.deleteQuietly(mixed);
        }
    }

    /** The track as it came, once fitted to the film (before the gain). */
    public Loudness before() {
        return before;
    }

    /** The track as the film carries it. */
    public Loudness after() {
        return after;
    }

    /** The next {@code count} samples per channel, interleaved (left, right…). */
    public FloatBuffer next(int count) {
        var bytes = new byte[count * 8];
        try {
            // the fitted file holds the film's every sample; past its end (never, but for rounding) is silence
            in.readNBytes(bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a buffer with an array behind it, as the encoder copies from
        return FloatBuffer.allocate(count * 2).put(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer()).flip();
    }

    /** Hands the mixed sound to {@code into} in chunks, times {@code gain}. */
    private static void scaled(Path mixed, long frames, double gain, Consumer<FloatBuffer> into) {
        SoundMix.read(mixed, frames, chunk -> {
            if (gain != 1) {
                for (int i = chunk.position(); i < chunk.limit(); i++) {
                    chunk.put(i, (float) (chunk.get(i) * gain));
                }
            }
            into.accept(chunk);
        });
    }

    /**
     * Writes the fitted track: the mixed one times {@code gain}, through FFmpeg's {@code filters} if
     * any, padded with silence to {@code frames} samples per channel.
     */
    private static void write(Path out, long frames, @Nullable String filters, Path mixed, double gain) throws IOException {
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            long[] written = {0};
            Consumer<FloatBuffer> keep = samples -> {
                var bytes = ByteBuffer.allocate(samples.remaining() * 4).order(ByteOrder.LITTLE_ENDIAN);
                while (samples.remaining() >= 2 && written[0] < frames) {
                    bytes.putFloat(samples.get()).putFloat(samples.get());
                    written[0]++;
                }
                try {
                    file.write(bytes.array(), 0, bytes.position());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            if (filters == null) {
                scaled(mixed, frames, gain, keep);
            } else {
                filter(filters, consumer -> scaled(mixed, frames, gain, consumer), keep);
            }
            var silence = new byte[CHUNK * 8];
            while (written[0] < frames) {
                int count = (int) Math.min(CHUNK, frames - written[0]);
                file.write(silence, 0, count * 8);
                written[0] += count;
            }
        }
    }

    /** Measures what {@code source} hands out with FFmpeg's {@code ebur128} filter. */
    public static Loudness measure(Consumer<Consumer<FloatBuffer>> source) {
        try {
            var report = Files.createTempFile("ebur128-", ".txt");
            try {
                filter("ebur128=peak=true:metadata=1,ametadata=mode=print:file=" + report, source, samples -> { });
                double integrated = Double.NaN;
                double peak = Double.NEGATIVE_INFINITY;
                for (var line : Files.readAllLines(report)) {
                    if (line.startsWith("lavfi.r128.I=")) {
                        integrated = number(line);
                    } else if (line.startsWith("lavfi.r128.true_peaks_ch")) {
                        // the filter gives peaks as shares of full scale
                        peak = Math.max(peak, 20 * Math.log10(number(line)));
                    }
                }
                return new Loudness(integrated, peak);
            } finally {
                PartFiles.deleteQuietly(report);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double number(String line) {
        var value = line.substring(line.indexOf('=') + 1).strip();
        return value.equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(value);
    }

    /** Runs what {@code source} hands out through an FFmpeg audio filter graph, handing what comes out to {@code into}. */
    private static void filter(String graph, Consumer<Consumer<FloatBuffer>> source, Consumer<FloatBuffer> into) {
        FfmpegLogging.ensureQuiet();
        // what comes out as it went in: 32-bit float, interleaved (ebur128 and alimiter work in doubles)
        try (var filter = new FFmpegFrameFilter(graph + ",aformat=sample_fmts=flt:channel_layouts=stereo", 2)) {
            filter.setSampleFormat(avutil.AV_SAMPLE_FMT_FLT);
            filter.setSampleRate(RATE);
            filter.start();
            Consumer<Frame> drain = frame -> {
                if (frame != null && frame.samples != null) {
                    var samples = (FloatBuffer) frame.samples[0];
                    into.accept(samples.duplicate().rewind());
                }
            };
            // FFmpeg reads native memory: samples go through one direct buffer
            var direct = ByteBuffer.allocateDirect(CHUNK * 8).order(ByteOrder.nativeOrder()).asFloatBuffer();
            source.accept(samples -> {
                try {
                    while (samples.remaining() >= 2) {
                        direct.clear();
                        var piece = samples.slice(samples.position(), Math.min(samples.remaining() & ~1, direct.capacity()));
                        samples.position(samples.position() + piece.remaining());
                        direct.put(piece).flip();
                        filter.pushSamples(0, 2, RATE, avutil.AV_SAMPLE_FMT_FLT, direct);
                        Frame out;
                        while ((out = filter.pullSamples()) != null) {
                            drain.accept(out);
                        }
                    }
                } catch (FrameFilter.Exception e) {
                    throw new RenderException("The sound could not be filtered", e);
                }
            });
            filter.push((Frame) null);
            Frame out;
            while ((out = filter.pullSamples()) != null) {
                drain.accept(out);
            }
            filter.stop();
        } catch (FrameFilter.Exception e) {
            throw new RenderException("The sound filter " + graph + " failed", e);
        }
    }

    private static String decibels(double gain) {
        return String.format(Locale.ROOT, "%.2fdB", gain);
    }

    private static String linear(double decibels) {
        return String.format(Locale.ROOT, "%.4f", Math.pow(10, decibels / 20));
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            PartFiles.deleteQuietly(fitted);
        }
    }
}
