package app.atelier.project.internal;

import app.atelier.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

@Entity
@Table(name = "project")
public class Project extends AuditedEntity {

    @Column(name = "team_id", nullable = false, updatable = false)
    private UUID teamId;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "listing_reference", length = 60)
    private @Nullable String listingReference;

    @Column(length = 300)
    private @Nullable String address;

    @Column(name = "cover_photo_id")
    private @Nullable UUID coverPhotoId;

    protected Project() {
        this.teamId = new UUID(0, 0);
        this.name = "";
    }

    public Project(UUID teamId, String name, @Nullable String listingReference, @Nullable String address) {
        this.teamId = teamId;
        this.name = name;
        this.listingReference = listingReference;
        this.address = address;
    }

    public UUID teamId() {
        return teamId;
    }

    public String name() {
        return name;
    }

    public @Nullable String listingReference() {
        return listingReference;
    }

    public @Nullable String address() {
        return address;
    }

    /** The photo chosen as the cover, if one was (it may have left the project since). */
    public @Nullable UUID coverPhotoId() {
        return coverPhotoId;
    }

    public void coverPhoto(UUID photoId) {
        this.coverPhotoId = photoId;
    }
}
