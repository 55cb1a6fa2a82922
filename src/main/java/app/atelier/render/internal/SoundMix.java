package app.atelier.render.internal;

import app.atelier.render.RenderException;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.jspecify.annotations.Nullable;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The sound of a film before its loudness is set: the music, faded in and out, and the sound of the
 * video parts the member kept, each where its part plays, faded with it, brought to the same loudness
 * as the music, which steps back under them (ducking) and comes up again after. Everything goes
 * through raw files of 48 kHz stereo floats in the work folder, a chunk at a time.
 */
final class SoundMix {

    static final int RATE = H264Writer.SAMPLE_RATE;
    private static final double FADE_IN_SECONDS = 1.0;
    private static final double FADE_OUT_SECONDS = 2.0;
    /** How far the music steps back under a video's own sound. */
    private static final double DUCK_DB = -14;
    /** Quieter than this (LUFS), a part's sound is taken for silence and left out. */
    private static final double SILENCE_LUFS = -60;
    /** A quiet part is raised, but never by more than this. */
    private static final double MOST_RAISE_DB = 20;
    private static final int CHUNK = 4096;

    private SoundMix() {
    }

    /** A kept part's decoded sound, at the gain that brings it to the music's loudness. */
    private record Kept(Soundtrack.Part part, Path file, double gain) {
    }

    /**
     * Writes {@code frames} samples (per channel) of the film's sound to {@code out}.
     *
     * @return whether anything is heard: false when there is no music and no kept part has sound
     * @throws RenderException when the music cannot be read as sound
     */
    static boolean write(@Nullable Path music, List<Soundtrack.Part> parts, long frames, Path folder, Path out) {
        var kept = new ArrayList<Kept>();
        var decodedMusic = folder.resolve("music.f32");
        try {
            for (int i = 0; i < parts.size(); i++) {
                var part = parts.get(i);
                var file = folder.resolve("part-" + i + ".f32");
                long length = decode(part.video(), part.fromMicros(), part.length(), file, false);
                double loudness = length == 0 ? Double.NEGATIVE_INFINITY
                        : Soundtrack.measure(into -> read(file, length, into)).integrated();
                if (loudness > SILENCE_LUFS) {
                    kept.add(new Kept(part, file, Math.pow(10, Math.min(MOST_RAISE_DB, Soundtrack.TARGET_LUFS - loudness) / 20)));
                } else {
                    PartFiles.deleteQuietly(file);
                }
            }
            long musicLength = 0;
            double musicGain = 1;
            if (music != null) {
                musicLength = decode(music, 0, frames, decodedMusic, true);
                if (musicLength == 0) {
                    throw new RenderException("No sound in " + music.getFileName());
                }
                if (!kept.isEmpty()) {
                    // the music at the loudness the parts are brought to, so that neither drowns the other
                    long length = musicLength;
                    double loudness = Soundtrack.measure(into -> read(decodedMusic, length, into)).integrated();
                    musicGain = loudness > SILENCE_LUFS ? Math.pow(10, (Soundtrack.TARGET_LUFS - loudness) / 20) : 1;
                }
            } else if (kept.isEmpty()) {
                return false;
            }
            mix(music == null ? null : decodedMusic, musicLength, musicGain, kept, frames, out);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            PartFiles.deleteQuietly(decodedMusic);
            kept.forEach(part -> PartFiles.deleteQuietly(part.file()));
        }
    }

    private static void mix(@Nullable Path music, long musicLength, double musicGain, List<Kept> kept, long frames, Path out)
            throws IOException {
        long fadeIn = Math.round(FADE_IN_SECONDS * RATE);
        long fadeOut = Math.round(FADE_OUT_SECONDS * RATE);
        double duck = Math.pow(10, DUCK_DB / 20);
        var readers = new ArrayList<Floats>();
        try (var musicIn = music == null ? null : new Floats(music);
             OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            for (var part : kept) {
                readers.add(new Floats(part.file()));
            }
            var chunk = new float[CHUNK * 2];
            var bytes = ByteBuffer.allocate(CHUNK * 8).order(ByteOrder.LITTLE_ENDIAN);
            for (long start = 0; start < frames; start += CHUNK) {
                int count = (int) Math.min(CHUNK, frames - start);
                java.util.Arrays.fill(chunk, 0);
                if (musicIn != null) {
                    musicIn.read(chunk, count);
                    for (int j = 0; j < count; j++) {
                        long i = start + j;
                        double presence = 0;
                        for (var part : kept) {
                            presence = Math.max(presence, envelope(part.part(), i));
                        }
                        double shape = i >= musicLength ? 0
                                : Math.min(ramp(i, fadeIn), ramp(musicLength - 1 - i, fadeOut)) * musicGain
                                * (1 - (1 - duck) * presence);
                        chunk[2 * j] *= (float) shape;
                        chunk[2 * j + 1] *= (float) shape;
                    }
                }
                for (int k = 0; k < kept.size(); k++) {
                    addPart(kept.get(k), readers.get(k), start, count, chunk);
                }
                bytes.clear();
                bytes.asFloatBuffer().put(chunk, 0, count * 2);
                file.write(bytes.array(), 0, count * 8);
            }
        } finally {
            for (var reader : readers) {
                reader.close();
            }
        }
    }

    /** Adds what of a kept part falls in the chunk from {@code start}, read on from where its reader is. */
    private static void addPart(Kept kept, Floats reader, long start, int count, float[] chunk) throws IOException {
        var part = kept.part();
        long from = Math.max(start, part.at());
        long to = Math.min(start + count, part.at() + part.length());
        if (from >= to) {
            return;
        }
        var samples = new float[(int) (to - from) * 2];
        reader.read(samples, (int) (to - from));
        for (long i = from; i < to; i++) {
            int j = (int) (i - start);
            int k = (int) (i - from);
            double shape = envelope(part, i) * kept.gain();
            chunk[2 * j] += (float) (samples[2 * k] * shape);
            chunk[2 * j + 1] += (float) (samples[2 * k + 1] * shape);
        }
    }

    /** How much of a part is heard at film sample {@code i}: 0 outside it, rising and falling over its fades. */
    private static double envelope(Soundtrack.Part part, long i) {
        long local = i - part.at();
        if (local < 0 || local >= part.length()) {
            return 0;
        }
        long fade = Math.max(1, part.fade());
        return Math.min(ramp(local, fade), ramp(part.length() - 1 - local, fade));
    }

    /** 0 to 1 over {@code over} samples, on a raised cosine. */
    static double ramp(long i, long over) {
        return i >= over ? 1 : 0.5 - 0.5 * Math.cos(Math.PI * i / over);
    }

    /**
     * Decodes at most {@code frames} samples per channel (48 kHz stereo float) from {@code fromMicros}
     * on; returns how many there were (0 for a file without sound when it is not {@code required}).
     */
    static long decode(Path file, long fromMicros, long frames, Path out, boolean required) throws IOException {
        FfmpegLogging.ensureQuiet();
        try (var grabber = new FFmpegFrameGrabber(file.toFile());
             var raw = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            grabber.setSampleRate(RATE);
            grabber.setAudioChannels(2);
            grabber.setSampleMode(FrameGrabber.SampleMode.FLOAT);
            grabber.start();
            if (grabber.getAudioChannels() <= 0 || !grabber.hasAudio()) {
                if (required) {
                    throw new RenderException("No sound in " + file.getFileName());
                }
                return 0;
            }
            if (fromMicros > 0) {
                grabber.setAudioTimestamp(fromMicros);
            }
            long written = 0;
            Frame frame;
            var bytes = ByteBuffer.allocate(CHUNK * 8).order(ByteOrder.LITTLE_ENDIAN);
            while (written < frames && (frame = grabber.grabSamples()) != null) {
                if (frame.samples == null) {
                    continue;
                }
                var samples = (FloatBuffer) frame.samples[0];
                samples.rewind();
                // a frame that began before the part's start gives only what follows it
                long early = Math.round((fromMicros - frame.timestamp) * RATE / 1e6);
                if (fromMicros > 0 && early > 0) {
                    samples.position((int) Math.min(samples.limit() & ~1, early * 2));
                }
                while (samples.remaining() >= 2 && written < frames) {
                    bytes.clear();
                    while (samples.remaining() >= 2 && bytes.remaining() >= 8 && written < frames) {
                        bytes.putFloat(samples.get()).putFloat(samples.get());
                        written++;
                    }
                    raw.write(bytes.array(), 0, bytes.position());
                }
            }
            grabber.stop();
            return written;
        } catch (FrameGrabber.Exception e) {
            PartFiles.deleteQuietly(out);
            if (!required) {
                return 0;
            }
            throw new RenderException("The music " + file.getFileName() + " cannot be read as sound", e);
        }
    }

    /** Hands a raw file to {@code into} in chunks of interleaved stereo floats, {@code frames} per channel in all (silence past its end). */
    static void read(Path raw, long frames, Consumer<FloatBuffer> into) {
        try (var in = new Floats(raw)) {
            var chunk = new float[CHUNK * 2];
            long left = frames;
            while (left > 0) {
                int wanted = (int) Math.min(CHUNK, left);
                in.read(chunk, wanted);
                into.accept(FloatBuffer.wrap(chunk, 0, wanted * 2));
                left -= wanted;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A raw file of interleaved little-endian floats, read on in order; silence past its end. */
    static final class Floats implements Closeable {

        private final InputStream in;
        private byte[] bytes = new byte[CHUNK * 8];

        Floats(Path raw) throws IOException {
            this.in = new BufferedInputStream(Files.newInputStream(raw), 1 << 15);
        }

        /** Reads the next {@code frames} stereo samples into the start of {@code into}. */
        void read(float[] into, int frames) throws IOException {
            int wanted = frames * 8;
            if (bytes.length < wanted) {
                bytes = new byte[wanted];
            }
            int got = in.readNBytes(bytes, 0, wanted);
            java.util.Arrays.fill(bytes, got, wanted, (byte) 0);
            ByteBuffer.wrap(bytes, 0, wanted).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(into, 0, frames * 2);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
