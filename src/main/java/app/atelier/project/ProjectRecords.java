package app.atelier.project;

import app.atelier.project.internal.ProjectActivity;
import app.atelier.project.internal.ProjectPhotos;
import app.atelier.project.internal.ProjectRepository;
import app.atelier.project.internal.ProjectText;
import app.atelier.shared.ProjectId;
import app.atelier.shared.TeamId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules read and note about projects, for a team they already know (no member needs to
 * be signed in: the pipeline notes a finished generation too). What a member may see goes through
 * {@link Projects}.
 */
@Component
public class ProjectRecords {

    private final ProjectRepository projects;
    private final ProjectPhotos photos;
    private final ProjectActivity activity;
    private final ProjectText text;

    ProjectRecords(ProjectRepository projects, ProjectPhotos photos, ProjectActivity activity, ProjectText text) {
        this.projects = projects;
        this.photos = photos;
        this.activity = activity;
        this.text = text;
    }

    /** The team's project's photos in the order they were added; empty when the team has no such project. */
    @Transactional(readOnly = true)
    public Optional<List<UUID>> photos(TeamId team, ProjectId project) {
        return projects.findByIdAndTeamId(project.value(), team.value()).map(found -> photos.of(found.id()));
    }

    /** Something happened in the project at {@code at}: the gallery sorts it by its latest such moment. */
    public void touched(ProjectId project, Instant at) {
        activity.touch(project.value(), at);
    }

    /** What the project holds changed (a generation asked for or deleted): its search text is made again. */
    public void contentsChanged(ProjectId project) {
        text.refresh(project.value());
    }
}
