package app.atelier.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * A project, by its id. Typed, so that a call that takes a team, a project and a generation cannot
 * be handed them in the wrong order; inside a module, where the column is a UUID, {@link #value()}.
 */
public record ProjectId(UUID value) {

    public ProjectId {
        Objects.requireNonNull(value, "ProjectId");
    }

    public static ProjectId of(UUID value) {
        return new ProjectId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
