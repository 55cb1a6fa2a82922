package app.atelier.film.internal;

import app.atelier.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.UUID;

/** A project's film: its storyboard as JSON. */
@Entity
@Table(name = "film")
public class Film extends AuditedEntity {

    @Column(name = "team_id", nullable = false, updatable = false)
    private UUID teamId;

    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;

    @Column(nullable = false, length = 200_000)
    private String storyboard;

    protected Film() {
        this.teamId = new UUID(0, 0);
        this.projectId = new UUID(0, 0);
        this.storyboard = "";
    }

    public Film(UUID teamId, UUID projectId, String storyboard) {
        this.teamId = teamId;
        this.projectId = projectId;
        this.storyboard = storyboard;
    }

    public UUID teamId() {
        return teamId;
    }

    public UUID projectId() {
        return projectId;
    }

    public String storyboard() {
        return storyboard;
    }

    public void storyboard(String json) {
        this.storyboard = json;
    }
}
