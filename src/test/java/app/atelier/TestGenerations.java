package app.atelier;

import app.atelier.media.MediaLibrary;
import app.atelier.media.StoredKind;
import app.atelier.media.TestPhotos;
import app.atelier.render.TestVideos;
import app.atelier.render.VideoProbe;
import app.atelier.shared.GenerationId;
import app.atelier.shared.ProjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Generations in a chosen state, written straight into the tables (for views that show them). They
 * belong to the local engine and have no job: nothing moves them on.
 */
public class TestGenerations {

    private final JdbcClient jdbc;
    private final MediaLibrary media;

    public TestGenerations(JdbcClient jdbc, MediaLibrary media) {
        this.jdbc = jdbc;
        this.media = media;
    }

    /** A camera motion in {@code state}; FAILED ones failed with {@code failure}. */
    public GenerationId cameraMotion(UUID team, ProjectId project, UUID photo, UUID member, String motion, String state, int progress,
                             @Nullable String failure) {
        var id = UUID.randomUUID();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                        INSERT INTO generation (id, team_id, project_id, member_id, photo_id, provider_id, kind, options, state,
                                                progress, vendor_id, error_code, cost_currency, cost_amount, submit_attempts,
                                                polls, deadline_at, finished_at, created_at, updated_at, version)
                        VALUES (?, ?, ?, ?, ?, 'local', 'CAMERA_MOTION', ?, ?, ?, ?, ?, 'VIDEO', 0, 1, 0, ?, ?, ?, ?, 0)""")
                .params(id, team, project.value(), member, photo,
                        "{\"duration\":\"5\",\"format\":\"LANDSCAPE\",\"motion\":\"" + motion + "\"}", state, progress,
                        id.toString(), failure, now.plusDays(1),
                        state.equals("SUCCEEDED") || state.equals("FAILED") ? now : null, now, now)
                .update();
        if (state.equals("SUCCEEDED")) {
            addVideo(team, id);
        }
        touch(project, now);
        return GenerationId.of(id);
    }

    private void addVideo(UUID team, UUID generation) {
        try {
            var video = Files.createTempFile("generation-", ".mp4");
            var poster = Files.createTempFile("poster-", ".jpg");
            try {
                Files.write(video, TestVideos.landscapeClip());
                VideoProbe.probe(video, poster);
                var videoAsset = media.store(team, video, StoredKind.VIDEO, 1280, 768);
                var posterAsset = media.store(team, poster, StoredKind.POSTER, 1280, 768);
                jdbc.sql("""
                                INSERT INTO generation_result (id, generation_id, position, type, asset_id, poster_asset_id,
                                                               width, height, duration_ms, byte_size, created_at)
                                VALUES (?, ?, 0, 'VIDEO', ?, ?, 1280, 768, 5000, ?, ?)""")
                        .params(UUID.randomUUID(), generation, videoAsset, posterAsset, Files.size(video),
                                OffsetDateTime.now(ZoneOffset.UTC))
                        .update();
            } finally {
                Files.deleteIfExists(video);
                Files.deleteIfExists(poster);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A generation of {@code provider} that succeeded with an image of the photo's size (an exterior)
     * or a video (an AI video), with what its vendor said of it.
     */
    public GenerationId succeeded(UUID team, ProjectId project, UUID photo, UUID member, String provider, String kind,
                          String options, String facts, int width, int height) {
        var id = UUID.randomUUID();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var currency = kind.equals("EXTERIOR") ? "PHOTO" : "VIDEO";
        jdbc.sql("""
                        INSERT INTO generation (id, team_id, project_id, member_id, photo_id, provider_id, kind, options, state,
                                                progress, vendor_id, vendor_facts, cost_currency, cost_amount, submit_attempts,
                                                polls, deadline_at, finished_at, created_at, updated_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'SUCCEEDED', 100, ?, ?, ?, 1, 1, 0, ?, ?, ?, ?, 0)""")
                .params(id, team, project.value(), member, photo, provider, kind, options, "vendor-" + id, facts, currency,
                        now.plusDays(1), now, now, now)
                .update();
        if (kind.equals("EXTERIOR")) {
            try {
                var image = Files.createTempFile("exterior-", ".jpg");
                try {
                    Files.write(image, TestPhotos.jpeg(width, height));
                    var asset = media.store(team, image, StoredKind.IMAGE_JPEG, width, height);
                    jdbc.sql("""
                                    INSERT INTO generation_result (id, generation_id, position, type, asset_id, width, height,
                                                                   byte_size, created_at)
                                    VALUES (?, ?, 0, 'IMAGE', ?, ?, ?, ?, ?)""")
                            .params(UUID.randomUUID(), id, asset, width, height, Files.size(image), now)
                            .update();
                } finally {
                    Files.deleteIfExists(image);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            addVideo(team, id);
        }
        touch(project, now);
        return GenerationId.of(id);
    }

    /** The project saw something happen, as the application notes it when a generation is asked for or ends. */
    private void touch(ProjectId project, OffsetDateTime at) {
        jdbc.sql("UPDATE project SET activity_at = ? WHERE id = ?").params(at, project.value()).update();
    }

    /** A track of {@code seconds} in the team's music library, as an admin would have added it. */
    public UUID music(UUID team, String name, int seconds) {
        try {
            var track = app.atelier.render.TestSounds.wav(Files.createTempFile("track-", ".wav"), 44_100, seconds, 0.1, false);
            try {
                var asset = media.store(team, track, StoredKind.MUSIC, 0, 0);
                var id = UUID.randomUUID();
                jdbc.sql("""
                                INSERT INTO film_music (id, team_id, name, asset_id, duration_ms, created_at)
                                VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(id, team, name, asset, seconds * 1000L, OffsetDateTime.now(ZoneOffset.UTC))
                        .update();
                return id;
            } finally {
                Files.deleteIfExists(track);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes a generation a variation or an extension of {@code parent}. */
    public void continuing(GenerationId generation, GenerationId parent) {
        jdbc.sql("UPDATE generation SET continues_id = ? WHERE id = ?").params(parent.value(), generation.value()).update();
    }

    /** Marks a generation as made by the sandbox standing in for {@code provider}. */
    public void madeBySandbox(GenerationId generation, String provider) {
        jdbc.sql("UPDATE generation SET sandbox = TRUE, provider_id = ? WHERE id = ?").params(provider, generation.value()).update();
    }
}
