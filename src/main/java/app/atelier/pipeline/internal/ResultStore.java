package app.atelier.pipeline.internal;

import app.atelier.generation.GenerationResult;
import app.atelier.generation.work.Generation;
import app.atelier.media.MediaLibrary;
import app.atelier.media.StoredKind;
import app.atelier.provider.ResultFile;
import app.atelier.provider.ResultType;
import app.atelier.render.VideoProbe;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Copies a generation's files into our storage (vendor URLs expire): videos with their size, length
 * and a poster of the first frame; images as they are. A file that is not what it claims to be fails
 * the copy. Runs inside the transaction that marks the generation succeeded, so a failure stores nothing.
 */
@Component
class ResultStore {

    private final MediaLibrary media;

    ResultStore(MediaLibrary media) {
        this.media = media;
    }

    List<GenerationResult> store(Generation generation, List<ResultFile> files, Path folder) {
        var stored = new ArrayList<GenerationResult>();
        for (int i = 0; i < files.size(); i++) {
            var file = files.get(i);
            var local = switch (file) {
                case ResultFile.LocalFile made -> made.file();
                case ResultFile.RemoteFile remote -> moveInto(media.download(remote.url()), folder.resolve("result-" + i));
            };
            stored.add(switch (file.type()) {
                case VIDEO -> video(generation, local, file instanceof ResultFile.LocalFile made ? made.poster() : null,
                        folder.resolve("poster-" + i + ".jpg"));
                case IMAGE -> image(generation, local);
            });
        }
        return stored;
    }

    private GenerationResult video(Generation generation, Path video, @Nullable Path madePoster,
                                   Path probedPoster) {
        var info = VideoProbe.probe(video, probedPoster);
        var poster = madePoster != null && Files.exists(madePoster) ? madePoster : probedPoster;
        var team = generation.teamId();
        var asset = media.store(team, video, StoredKind.VIDEO, info.width(), info.height());
        var posterAsset = media.store(team, poster, StoredKind.POSTER, info.width(), info.height());
        return new GenerationResult(asset, posterAsset, ResultType.VIDEO, info.width(), info.height(), info.duration(),
                size(video), info.sound());
    }

    private GenerationResult image(Generation generation, Path image) {
        try (var in = ImageIO.createImageInputStream(image.toFile())) {
            var readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IllegalStateException("The result is not an image");
            }
            var reader = readers.next();
            try {
                reader.setInput(in);
                var format = reader.getFormatName().toLowerCase(Locale.ROOT);
                var kind = format.contains("png") ? StoredKind.IMAGE_PNG : StoredKind.IMAGE_JPEG;
                if (!format.contains("png") && !format.contains("jpeg") && !format.contains("jpg")) {
                    throw new IllegalStateException("The result is an image of an unexpected kind: " + format);
                }
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                var asset = media.store(generation.teamId(), image, kind, width, height);
                return new GenerationResult(asset, null, ResultType.IMAGE, width, height, null, size(image), null);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the result image", e);
        }
    }

    private static Path moveInto(Path downloaded, Path target) {
        try {
            return Files.move(downloaded, target);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(downloaded);
            } catch (IOException ignored) {
                // a stray work file goes with the data dir's tmp folder
            }
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
