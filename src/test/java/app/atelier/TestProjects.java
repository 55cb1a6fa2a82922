package app.atelier;

import app.atelier.media.MediaLibrary;
import app.atelier.media.PhotoImport;
import app.atelier.media.PhotoSummary;
import app.atelier.media.TestPhotos;
import app.atelier.shared.ProjectId;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Projects with real imported photos, written without a signed-in member. */
public class TestProjects {

    private final JdbcClient jdbc;
    private final MediaLibrary media;

    public TestProjects(JdbcClient jdbc, MediaLibrary media) {
        this.jdbc = jdbc;
        this.media = media;
    }

    public ProjectId project(UUID team, String name, int photos) {
        return project(team, name, "Réf. 1234", "12 chemin des Oliviers, Saint-Tropez", OffsetDateTime.now(ZoneOffset.UTC), photos);
    }

    /** A project with its own reference, address and creation time. */
    public ProjectId project(UUID team, String name, String reference, String address, OffsetDateTime created, int photos) {
        var id = ProjectId.of(UUID.randomUUID());
        jdbc.sql("""
                        INSERT INTO project (id, team_id, name, listing_reference, address, created_at, updated_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(id.value(), team, name, reference, address, created, created)
                .update();
        for (int i = 0; i < photos; i++) {
            addPhoto(team, id, "photo-" + (i + 1) + ".jpg", TestPhotos.jpeg(1200 + 200 * i, 800));
        }
        return id;
    }

    /** Imports a photo into the project, after those it has. */
    public PhotoSummary addPhoto(UUID team, ProjectId project, String name, byte[] content) {
        var photo = ((PhotoImport.Imported) media.importUpload(team, name, new ByteArrayInputStream(content))).photo();
        int before = photosOf(project).size();
        jdbc.sql("INSERT INTO project_photo (project_id, photo_id, added_at) VALUES (?, ?, ?)")
                .params(project.value(), photo.id(), OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(before))
                .update();
        return photo;
    }

    /** The project's photos, in the order they were added. */
    public List<UUID> photosOf(ProjectId project) {
        return jdbc.sql("SELECT photo_id FROM project_photo WHERE project_id = ? ORDER BY added_at, photo_id")
                .param(project.value()).query(UUID.class).list();
    }
}
