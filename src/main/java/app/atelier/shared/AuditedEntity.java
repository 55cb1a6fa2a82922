package app.atelier.shared;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.UuidGenerator;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Identity, audit columns and optimistic locking shared by every entity people change.
 * Ids are time-ordered UUIDs (version 7): unguessable in URLs, index-friendly, and unique across nodes.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class AuditedEntity {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private @Nullable UUID id;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private @Nullable Instant createdAt;

    @CreatedBy
    @Column(updatable = false)
    private @Nullable UUID createdBy;

    @LastModifiedDate
    @Column(nullable = false)
    private @Nullable Instant updatedAt;

    @LastModifiedBy
    private @Nullable UUID updatedBy;

    @Version
    private @Nullable Long version;

    /** The id, once the entity has been saved. */
    public UUID id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public Instant createdAt() {
        return Objects.requireNonNull(createdAt, "not saved yet");
    }

    public Instant updatedAt() {
        return Objects.requireNonNull(updatedAt, "not saved yet");
    }

    public @Nullable UUID createdBy() {
        return createdBy;
    }

    public @Nullable UUID updatedBy() {
        return updatedBy;
    }
}
