package app.atelier.api.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** The bodies of IA Créa's pages, field for field (and a {@code message} on FAILED, which theirs lacks). */
final class IaCreaBodies {

    private IaCreaBodies() {
    }

    record AnimationStarted(
            @Schema(description = "The generation to ask about with /api/animation/v2/get", example = "8f1c2e4a-1b7d-4c1e-9a57-3f0f4c1d2b6e")
            @JsonProperty("generation_id") String generationId,
            @Schema(description = "The member's video credits left", example = "10")
            @JsonProperty("remaining_videos") int remainingVideos,
            @Schema(description = "The project made for it in the gallery", example = "0b9d6a3e-5f43-4a55-8d5e-51c0e8b7a1f2")
            @JsonProperty("project_id") String projectId) {
    }

    record ExteriorStarted(
            @JsonProperty("generation_id") String generationId,
            @Schema(description = "The member's photo credits left", example = "100")
            @JsonProperty("remaining_photos") int remainingPhotos,
            @JsonProperty("project_id") String projectId) {
    }

    record VariationStarted(@JsonProperty("generation_id") String generationId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AnimationStatus(
            @Schema(description = "STARTING, IN_PROGRESS, SUCCEEDED or FAILED", example = "SUCCEEDED") String status,
            @Schema(description = "Expiring links to the videos, only when SUCCEEDED") @Nullable List<String> urls,
            @Schema(description = "Why it failed (Atelier only), in the key owner's language") @Nullable String message) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ExteriorStatus(
            @Schema(description = "STARTING, PROCESSING, SUCCEEDED or FAILED", example = "SUCCEEDED") String status,
            @Schema(description = "Expiring links to the images, only when SUCCEEDED") @Nullable List<String> urls,
            @Schema(description = "How many variations were made in this project", example = "0") int variationNumber,
            @Schema(description = "Why it failed (Atelier only), in the key owner's language") @Nullable String message) {
    }
}
