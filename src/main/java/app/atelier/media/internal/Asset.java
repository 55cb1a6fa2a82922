package app.atelier.media.internal;

import app.atelier.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** One stored file: where it is, what it is, whose it is. */
@Entity
@Table(name = "media_asset")
public class Asset extends AuditedEntity {

    @Column(name = "team_id", nullable = false, updatable = false)
    private UUID teamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private AssetKind kind;

    @Column(name = "storage_key", nullable = false, length = 200, updatable = false)
    private String storageKey;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "byte_size", nullable = false)
    private long byteSize;

    private @Nullable Integer width;

    private @Nullable Integer height;

    protected Asset() {
        this.teamId = new UUID(0, 0);
        this.kind = AssetKind.PHOTO_ORIGINAL;
        this.storageKey = "";
        this.contentType = "";
    }

    public Asset(UUID teamId, AssetKind kind, String storageKey, String contentType, long byteSize, int width,
                 int height) {
        this.teamId = teamId;
        this.kind = kind;
        this.storageKey = storageKey;
        this.contentType = contentType;
        this.byteSize = byteSize;
        this.width = width;
        this.height = height;
    }

    public UUID teamId() {
        return teamId;
    }

    public AssetKind kind() {
        return kind;
    }

    public String storageKey() {
        return storageKey;
    }

    public String contentType() {
        return contentType;
    }

    public long byteSize() {
        return byteSize;
    }

    public @Nullable Integer width() {
        return width;
    }

    public @Nullable Integer height() {
        return height;
    }
}
