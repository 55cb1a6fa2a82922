package app.atelier.media.internal;

import app.atelier.media.ImageFormat;
import app.atelier.media.PhotoSummary;
import app.atelier.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.util.Objects;
import java.util.UUID;

/** An imported photo: its upright original and its two thumbnails. */
@Entity
@Table(name = "media_photo")
public class Photo extends AuditedEntity {

    @Column(name = "team_id", nullable = false, updatable = false)
    private UUID teamId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "original_id", nullable = false, updatable = false)
    private @Nullable Asset original;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "thumbnail_small_id", nullable = false, updatable = false)
    private @Nullable Asset thumbnailSmall;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "thumbnail_large_id", nullable = false, updatable = false)
    private @Nullable Asset thumbnailLarge;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "source_url", length = 2048)
    private @Nullable String sourceUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ImageFormat format;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    protected Photo() {
        this.teamId = new UUID(0, 0);
        this.fileName = "";
        this.format = ImageFormat.JPEG;
    }

    public Photo(UUID teamId, Asset original, Asset thumbnailSmall, Asset thumbnailLarge, String fileName,
                 @Nullable String sourceUrl, ImageFormat format, int width, int height) {
        this.teamId = teamId;
        this.original = original;
        this.thumbnailSmall = thumbnailSmall;
        this.thumbnailLarge = thumbnailLarge;
        this.fileName = fileName;
        this.sourceUrl = sourceUrl;
        this.format = format;
        this.width = width;
        this.height = height;
    }

    public UUID teamId() {
        return teamId;
    }

    public Asset original() {
        return Objects.requireNonNull(original);
    }

    public PhotoSummary summary() {
        return new PhotoSummary(id(), teamId, fileName, format, width, height, original().byteSize(), original().id(),
                Objects.requireNonNull(thumbnailSmall).id(), Objects.requireNonNull(thumbnailLarge).id(), createdAt());
    }
}
