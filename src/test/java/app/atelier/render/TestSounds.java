package app.atelier.render;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

/** Music made up for tests, as a member would upload it. */
public final class TestSounds {

    private TestSounds() {
    }

    /** A 16-bit stereo WAV: a chord at {@code level} of full scale, with sharp clicks when {@code spikes}. */
    public static Path wav(Path file, int rate, int seconds, double level, boolean spikes) throws IOException {
        int frames = rate * seconds;
        var bytes = new byte[frames * 4];
        var random = new Random(7);
        for (int i = 0; i < frames; i++) {
            double t = (double) i / rate;
            double value = level * (0.5 * Math.sin(2 * Math.PI * 220 * t) + 0.3 * Math.sin(2 * Math.PI * 330 * t)
                    + 0.2 * Math.sin(2 * Math.PI * 440 * t)) + level * 0.05 * random.nextGaussian();
            if (spikes && i % (rate / 2) < rate / 333) {
                // a click every half second: 3 ms of 2 kHz at full scale
                value = 0.98 * Math.sin(2 * Math.PI * 2000 * t);
            }
            short sample = (short) Math.max(-32768, Math.min(32767, Math.round(value * 32767)));
            for (int channel = 0; channel < 2; channel++) {
                bytes[i * 4 + channel * 2] = (byte) sample;
                bytes[i * 4 + channel * 2 + 1] = (byte) (sample >> 8);
            }
        }
        var format = new AudioFormat(rate, 16, 2, true, false);
        try (var stream = new AudioInputStream(new ByteArrayInputStream(bytes), format, frames)) {
            AudioSystem.write(stream, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }
}
