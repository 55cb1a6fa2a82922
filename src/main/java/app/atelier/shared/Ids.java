package app.atelier.shared;

import java.util.Optional;
import java.util.UUID;

/** Ids as they arrive from outside (a URL, a query parameter): read, or empty when they are not ids. */
public final class Ids {

    private Ids() {
    }

    public static Optional<UUID> parse(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
