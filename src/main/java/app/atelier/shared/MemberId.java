package app.atelier.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/**
 * A member of a team, by their id (the one who asks, spends, reviews). Typed, so that a call that takes a team, a project and a generation cannot
 * be handed them in the wrong order; inside a module, where the column is a UUID, {@link #value()}.
 * In JSON (a live event between nodes) it is the UUID's text alone.
 */
public record MemberId(@JsonValue UUID value) {

    public MemberId {
        Objects.requireNonNull(value, "MemberId");
    }

    @JsonCreator
    public static MemberId of(UUID value) {
        return new MemberId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
