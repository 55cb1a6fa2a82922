package app.atelier.media.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every store must do, whichever it is. */
abstract class StorageContract {

    @TempDir
    Path folder;

    abstract Storage storage();

    @Test
    void aStoredFileReadsBackWholeAndByRange() throws IOException {
        byte[] content = randomBytes(300_000);
        storage().put("team/t1/photos/p1/original.jpg", write(content), "image/jpeg");

        assertThat(read(storage().open("team/t1/photos/p1/original.jpg", 0, -1))).isEqualTo(content);
        assertThat(read(storage().open("team/t1/photos/p1/original.jpg", 1000, 500)))
                .isEqualTo(java.util.Arrays.copyOfRange(content, 1000, 1500));
        assertThat(read(storage().open("team/t1/photos/p1/original.jpg", 299_990, -1)))
                .isEqualTo(java.util.Arrays.copyOfRange(content, 299_990, 300_000));
        assertThat(storage().size("team/t1/photos/p1/original.jpg")).isEqualTo(300_000);
        assertThat(storage().exists("team/t1/photos/p1/original.jpg")).isTrue();
    }

    @Test
    void storingAgainReplacesTheFile() throws IOException {
        storage().put("team/t1/a.bin", write(new byte[]{1, 2, 3}), "application/octet-stream");
        storage().put("team/t1/a.bin", write(new byte[]{4, 5}), "application/octet-stream");

        assertThat(read(storage().open("team/t1/a.bin", 0, -1))).containsExactly(4, 5);
    }

    @Test
    void deletingRemovesTheFileAndTwiceIsHarmless() throws IOException {
        storage().put("team/t1/b.bin", write(new byte[]{1}), "application/octet-stream");

        storage().delete("team/t1/b.bin");
        storage().delete("team/t1/b.bin");

        assertThat(storage().exists("team/t1/b.bin")).isFalse();
        assertThatThrownBy(() -> storage().open("team/t1/b.bin", 0, -1).readAllBytes()).isInstanceOf(Exception.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.key", "team/../../etc/passwd", "/etc/passwd", "Team/Photo.JPG", "team//x", "a b"})
    void keysThatCouldEscapeTheStoreAreRefused(String key) {
        assertThatThrownBy(() -> storage().exists(key)).isInstanceOf(IllegalArgumentException.class);
    }

    private Path write(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(folder, "upload", ".bin"), content);
    }

    private static byte[] read(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new Random(count).nextBytes(bytes);
        return bytes;
    }
}
