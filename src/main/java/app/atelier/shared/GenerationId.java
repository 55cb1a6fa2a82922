package app.atelier.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

import java.util.Objects;
import java.util.UUID;

/**
 * A generation, by its id. Typed, so that a call that takes a team, a project and a generation cannot
 * be handed them in the wrong order; inside a module, where the column is a UUID, {@link #value()}.
 * In JSON (a live event between nodes) it is the UUID's text alone.
 */
public record GenerationId(@JsonValue UUID value) {

    public GenerationId {
        Objects.requireNonNull(value, "GenerationId");
    }

    @JsonCreator
    public static GenerationId of(UUID value) {
        return new GenerationId(value);
    }

    /** The id of a column that may be empty (a generation's parent, say). */
    public static @Nullable GenerationId ofNullable(@Nullable UUID value) {
        return value == null ? null : new GenerationId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
