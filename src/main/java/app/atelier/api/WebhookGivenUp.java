package app.atelier.api;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * Atelier stopped trying to deliver a caller's webhook: every attempt failed.
 *
 * @param lastStatus the HTTP status of the last attempt, when there was an answer
 * @param lastError  why there was no answer, when there was none
 */
public record WebhookGivenUp(UUID generationId, UUID memberId, String keyName, String url, int attempts,
                             @Nullable Integer lastStatus, @Nullable String lastError) {
}
