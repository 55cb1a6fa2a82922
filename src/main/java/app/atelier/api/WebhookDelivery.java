package app.atelier.api;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A webhook Atelier calls (or called) back for one generation asked for through the API.
 *
 * @param state WAITING (the generation runs), DUE (being tried), DELIVERED or GAVE_UP
 */
public record WebhookDelivery(UUID generationId, String url, String state, int attempts,
                              Instant createdAt, @Nullable Instant finishedAt, List<Attempt> tries) {

    /** One try: when, the status the caller answered, or why there was none. */
    public record Attempt(int number, Instant at, @Nullable Integer status, @Nullable String error, int millis) {

        public boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }
    }
}
