package app.atelier.project.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Which photos are in which project, in the order they were added. */
@Component
public class ProjectPhotos {

    private final JdbcClient jdbc;
    private final ProjectActivity activity;

    ProjectPhotos(JdbcClient jdbc, ProjectActivity activity) {
        this.jdbc = jdbc;
        this.activity = activity;
    }

    public void add(UUID project, UUID photo, Instant at, @Nullable UUID by) {
        jdbc.sql("INSERT INTO project_photo (project_id, photo_id, added_at, added_by) VALUES (?, ?, ?, ?)")
                .params(project, photo, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), by)
                .update();
        activity.touch(project, at);
    }

    public List<UUID> of(UUID project) {
        return jdbc.sql("SELECT photo_id FROM project_photo WHERE project_id = ? ORDER BY added_at, photo_id")
                .param(project)
                .query(UUID.class)
                .list();
    }

    /** Of these photos, those another project than {@code project} also holds. */
    public List<UUID> heldElsewhere(Collection<UUID> photos, UUID project) {
        if (photos.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT photo_id FROM project_photo WHERE photo_id IN (:photos) AND project_id <> :project")
                .params(Map.of("photos", List.copyOf(photos), "project", project)).query(UUID.class).list();
    }

    /** For each project: how many photos it holds, and its cover (the one chosen, else the first one added). */
    public Map<UUID, Cover> covers(Collection<UUID> projects) {
        var covers = new HashMap<UUID, Cover>();
        if (projects.isEmpty()) {
            return covers;
        }
        jdbc.sql("""
                        SELECT project_id, COUNT(*) AS photos,
                               (SELECT p2.photo_id FROM project_photo p2 JOIN project p ON p.id = p2.project_id
                                WHERE p2.project_id = pp.project_id
                                ORDER BY CASE WHEN p2.photo_id = p.cover_photo_id THEN 0 ELSE 1 END, p2.added_at, p2.photo_id
                                LIMIT 1) AS first_photo
                        FROM project_photo pp WHERE project_id IN (:projects) GROUP BY project_id""")
                .param("projects", projects)
                .query((rs, row) -> covers.put(rs.getObject("project_id", UUID.class),
                        new Cover(rs.getInt("photos"), rs.getObject("first_photo", UUID.class))))
                .list();
        return covers;
    }

    public record Cover(int photos, UUID firstPhoto) {
    }
}
