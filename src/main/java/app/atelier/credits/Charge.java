package app.atelier.credits;

import java.util.UUID;

/** What one generation will cost, reserved when it is queued. */
public record Charge(UUID generationId, int amount) {

    public Charge {
        if (amount < 0) {
            throw new IllegalArgumentException("A charge cannot be negative");
        }
    }
}
