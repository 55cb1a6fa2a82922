package app.atelier.credits;

import app.atelier.shared.GenerationId;

/** What one generation will cost, reserved when it is queued. */
public record Charge(GenerationId generation, int amount) {

    public Charge {
        if (amount < 0) {
            throw new IllegalArgumentException("A charge cannot be negative");
        }
    }
}
