package app.atelier.render.internal;

import app.atelier.render.RenderException;
import app.atelier.render.TestSounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Music of any loudness comes out at -14 LUFS with its true peaks under -1 dBTP, as FFmpeg measures it. */
class SoundtrackTest {

    @TempDir
    Path folder;

    @Test
    void aQuietTrackIsRaisedAndALoudSpikyOneIsLoweredAndHeldUnderTheCeiling() throws IOException {
        var quiet = TestSounds.wav(folder.resolve("quiet.wav"), 44_100, 20, 0.02, false);
        // quiet music with loud drum hits: a plain gain to -14 LUFS would push the hits far over full scale
        var spiky = TestSounds.wav(folder.resolve("spiky.wav"), 44_100, 20, 0.05, true);

        for (var music : new Path[]{quiet, spiky}) {
            try (var track = Soundtrack.prepare(music, 12L * Soundtrack.RATE, folder)) {
                assertThat(track.after().integrated()).as(music.getFileName() + " before: " + track.before())
                        .isCloseTo(Soundtrack.TARGET_LUFS, within(0.7));
                assertThat(track.after().truePeak()).as(music.getFileName().toString()).isLessThanOrEqualTo(-1.0);
                assertThat(track.next(1600).remaining()).isEqualTo(3200);
            }
        }
        try (var track = Soundtrack.prepare(quiet, 12L * Soundtrack.RATE, folder)) {
            assertThat(track.before().integrated()).as("the quiet track was quiet").isLessThan(-30);
        }
        try (var track = Soundtrack.prepare(spiky, 12L * Soundtrack.RATE, folder)) {
            assertThat(track.before().truePeak() + Soundtrack.TARGET_LUFS - track.before().integrated())
                    .as("a plain gain would have clipped: the limiter held the hits").isGreaterThan(3);
        }
    }

    @Test
    void aFileThatIsNoSoundIsRefused() throws IOException {
        var text = Files.writeString(folder.resolve("notes.mp3"), "pas une musique");

        assertThatThrownBy(() -> Soundtrack.prepare(text, Soundtrack.RATE, folder)).isInstanceOf(RenderException.class);
        try (var left = Files.list(folder)) {
            assertThat(left.map(path -> path.getFileName().toString())).containsExactly("notes.mp3");
        }
    }
}
