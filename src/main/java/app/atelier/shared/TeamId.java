package app.atelier.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/**
 * A team, by its id: what every team-checked call names first. Typed, so that a call that takes a team, a project and a generation cannot
 * be handed them in the wrong order; inside a module, where the column is a UUID, {@link #value()}.
 * In JSON (a live event between nodes) it is the UUID's text alone.
 */
public record TeamId(@JsonValue UUID value) {

    public TeamId {
        Objects.requireNonNull(value, "TeamId");
    }

    @JsonCreator
    public static TeamId of(UUID value) {
        return new TeamId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
