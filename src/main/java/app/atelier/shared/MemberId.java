package app.atelier.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * A member of a team, by their id (the one who asks, spends, reviews). Typed, so that a call that takes a team, a project and a generation cannot
 * be handed them in the wrong order; inside a module, where the column is a UUID, {@link #value()}.
 */
public record MemberId(UUID value) {

    public MemberId {
        Objects.requireNonNull(value, "MemberId");
    }

    public static MemberId of(UUID value) {
        return new MemberId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
