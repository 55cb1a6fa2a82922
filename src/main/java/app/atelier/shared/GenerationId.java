package app.atelier.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * A generation, by its id. Typed, so that a call that takes a team, a project and a generation cannot
 * be handed them in the wrong order; inside a module, where the column is a UUID, {@link #value()}.
 */
public record GenerationId(UUID value) {

    public GenerationId {
        Objects.requireNonNull(value, "GenerationId");
    }

    public static GenerationId of(UUID value) {
        return new GenerationId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
