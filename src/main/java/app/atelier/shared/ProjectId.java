package app.atelier.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import java.util.Objects;
import java.util.UUID;

/**
 * A project, by its id. Typed, so that a call that takes a team, a project and a generation cannot
 * be handed them in the wrong order; inside a module, where the column is a UUID, {@link #value()}.
 * In JSON (a live event between nodes) it is the UUID's text alone.
 */
public record ProjectId(@JsonValue UUID value) {

    public ProjectId {
        Objects.requireNonNull(value, "ProjectId");
    }

    @JsonCreator
    public static ProjectId of(UUID value) {
        return new ProjectId(value);
    }

    /** The id of a field that may be empty (a request that names no project, say). */
    public static @Nullable ProjectId ofNullable(@Nullable UUID value) {
        return value == null ? null : new ProjectId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
