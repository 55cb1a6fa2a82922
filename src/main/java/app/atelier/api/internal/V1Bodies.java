package app.atelier.api.internal;

import app.atelier.credits.Balance;
import app.atelier.generation.GenerationSummary;
import app.atelier.project.ProjectSummary;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The bodies of Atelier's own {@code /api/v1} endpoints. */
final class V1Bodies {

    private V1Bodies() {
    }

    @Schema(description = "One page of a list, newest first")
    record Page<T>(List<T> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
                   @Schema(example = "42") long total) {
    }

    record Project(UUID id, @Schema(example = "Villa Les Oliviers") String name, @Nullable String listingReference,
                   @Nullable String address, int photos, Instant createdAt) {

        static Project of(ProjectSummary project) {
            return new Project(project.id().value(), project.name(), project.listingReference(), project.address(),
                    project.photos(), project.createdAt());
        }
    }

    @Schema(description = "A file a generation made: an expiring link to it")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Result(URI url, @Schema(example = "VIDEO") String type, int width, int height,
                  @Nullable Double durationSeconds, long bytes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Generation(UUID id, UUID projectId, UUID photoId, @Schema(example = "local") String provider,
                      @Schema(example = "CAMERA_MOTION") String kind,
                      @Schema(example = "{\"motion\": \"ZOOM_IN\", \"format\": \"LANDSCAPE\", \"duration\": \"5\"}")
                      Map<String, String> options,
                      @Schema(example = "RUNNING", description = "QUEUED, SUBMITTED, RUNNING, SUCCEEDED, FAILED or CANCELLED")
                      String state, @Schema(example = "40") int progress,
                      @Schema(description = "Why it failed, in the key owner's language") @Nullable String failure,
                      @Schema(example = "VIDEO") String currency, int cost, @Nullable UUID continues,
                      boolean sandbox, boolean viaApi, Instant createdAt, @Nullable Instant finishedAt,
                      List<Result> results) {

        static Generation of(GenerationSummary generation, List<URI> links, @Nullable String failure) {
            var results = new ArrayList<Result>();
            for (int index = 0; index < links.size() && index < generation.results().size(); index++) {
                var result = generation.results().get(index);
                results.add(new Result(links.get(index), result.type().name(), result.width(), result.height(),
                        result.duration() == null ? null : result.duration().toMillis() / 1000.0, result.bytes()));
            }
            return new Generation(generation.id().value(), generation.projectId().value(), generation.photoId(), generation.providerId(),
                    generation.kind().name(), generation.options(), generation.state().name(), generation.progress(),
                    failure, generation.currency().name(), generation.cost(),
                    generation.continues() == null ? null : generation.continues().value(), generation.sandbox(),
                    generation.viaApi(), generation.createdAt(), generation.finishedAt(), List.copyOf(results));
        }
    }

    record Started(UUID projectId, List<UUID> generationIds,
                   @Schema(description = "The member's credits of the generations' currency left", example = "9") int remaining) {
    }

    record Credit(int available, int reserved, int spent) {
        static Credit of(Balance balance) {
            return new Credit(balance.available(), balance.reserved(), balance.spent());
        }
    }

    record Credits(Credit video, Credit photo) {
    }

    @Schema(description = "A provider and the options it takes, as the wizard offers them")
    record ProviderOptions(@Schema(example = "local") String id, String name, List<String> kinds, boolean available,
                           boolean sandbox, List<Option> options) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Option(@Schema(example = "motion") String key, @Schema(example = "CHOICE") String type, boolean required,
                  @Nullable String defaultValue, @Nullable List<String> values, @Nullable Integer maxLength,
                  @Schema(description = "For an IMAGE or POINT option: what to send") @Nullable String accepts,
                  @Schema(description = "Whether each photo may take its own value (photoOptions)") boolean perPhoto) {
    }

    @Schema(description = "A photo of a project")
    record Photo(UUID id, @Schema(example = "sejour.jpg") String fileName, int width, int height, Instant importedAt) {
        static Photo of(app.atelier.media.PhotoSummary photo) {
            return new Photo(photo.id(), photo.fileName(), photo.width(), photo.height(), photo.importedAt());
        }
    }
}
