package app.atelier.media.storage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

class LocalStorageTest extends StorageContract {

    private LocalStorage storage;

    @BeforeEach
    void open() {
        storage = new LocalStorage(folder.resolve("media"));
    }

    @Override
    Storage storage() {
        return storage;
    }

    @Test
    void filesLandUnderTheirKeyAndNothingElseIsLeft() throws IOException {
        storage.put("team/t1/c.bin", Files.write(folder.resolve("c.bin"), new byte[]{9}), "application/octet-stream");

        try (var files = Files.walk(folder.resolve("media"))) {
            assertThat(files.filter(Files::isRegularFile).map(path -> folder.resolve("media").relativize(path).toString()))
                    .containsExactly("team/t1/c.bin");
        }
    }
}
