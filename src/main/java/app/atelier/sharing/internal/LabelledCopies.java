package app.atelier.sharing.internal;

import app.atelier.generation.GenerationResult;
import app.atelier.media.ImageFormat;
import app.atelier.media.MediaLibrary;
import app.atelier.media.StoredKind;
import app.atelier.provider.ResultType;
import app.atelier.render.Caption;
import app.atelier.shared.Jpeg;
import app.atelier.shared.WorkFolders;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;

/**
 * Copies of results with the AI-visual mention burnt in ({@link Caption}), one per result and
 * language, made the first time one is asked for and kept (deleted with the result). The work is done
 * outside any transaction (a video is encoded again); two requests at once keep the first copy stored.
 */
@Component
public class LabelledCopies {

    private static final float JPEG_QUALITY = 0.92f;

    private final JdbcClient jdbc;
    private final MediaLibrary media;
    private final TransactionTemplate transactions;
    private final WorkFolders work;

    LabelledCopies(JdbcClient jdbc, MediaLibrary media, TransactionTemplate transactions, WorkFolders work) {
        this.jdbc = jdbc;
        this.media = media;
        this.transactions = transactions;
        this.work = work;
    }

    /** The stored copy of the result with {@code text} on it, made now if there is none for this language yet. */
    public UUID copyOf(UUID team, GenerationResult result, String language, String text) {
        var existing = find(team, result.asset(), language);
        if (existing.isPresent()) {
            return existing.get();
        }
        // in the data dir, like a generation's work: a video and its copy may not fit in a small /tmp
        var folder = work.fresh(UUID.randomUUID(), "label");
        try {
            var source = folder.resolve("source");
            media.copyTo(team, result.asset(), source);
            Path labelled;
            StoredKind kind;
            if (result.type() == ResultType.VIDEO) {
                labelled = folder.resolve("labelled.mp4");
                Caption.onVideo(source, labelled, text);
                kind = StoredKind.VIDEO;
            } else {
                var format = media.imageFormats(team, List.of(result.asset())).getOrDefault(result.asset(), ImageFormat.JPEG);
                var picture = ImageIO.read(source.toFile());
                if (picture == null) {
                    throw new IOException("Not a readable image: " + result.asset());
                }
                var captioned = Caption.onImage(picture, text);
                labelled = folder.resolve("labelled." + format.extension());
                if (format == ImageFormat.PNG) {
                    ImageIO.write(captioned, "png", labelled.toFile());
                    kind = StoredKind.IMAGE_PNG;
                } else {
                    Jpeg.write(captioned, labelled, JPEG_QUALITY);
                    kind = StoredKind.IMAGE_JPEG;
                }
            }
            var file = labelled;
            var made = transactions.execute(status -> {
                var copy = media.store(team, file, kind, result.width(), result.height());
                try {
                    jdbc.sql("INSERT INTO labelled_copy (source_asset_id, language, team_id, asset_id) VALUES (?, ?, ?, ?)")
                            .params(result.asset(), language, team, copy).update();
                    return copy;
                } catch (DuplicateKeyException madeMeanwhile) {
                    // another request made it first: keep theirs; this one's file goes with the rollback
                    status.setRollbackOnly();
                    return null;
                }
            });
            return made != null ? made : find(team, result.asset(), language).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("The labelled copy of " + result.asset() + " could not be made", e);
        } finally {
            WorkFolders.delete(folder);
        }
    }

    private Optional<UUID> find(UUID team, UUID source, String language) {
        return jdbc.sql("SELECT asset_id FROM labelled_copy WHERE team_id = ? AND source_asset_id = ? AND language = ?")
                .params(team, source, language).query(UUID.class).optional();
    }
}
