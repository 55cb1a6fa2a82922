package app.atelier.api.internal;

import app.atelier.provider.GenerationKind;
import app.atelier.shared.GenerationId;
import app.atelier.shared.ProjectId;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One request to make generations, whichever endpoint it came through: from photos at web addresses (a
 * new project) or from photos already in a project, with the provider's options checked as the wizard
 * checks them.
 *
 * @param imageUrls  photos to import into {@code projectId}, or into a new project named {@code projectName}
 * @param photoIds   photos already in {@code projectId}
 * @param maskUrl    an exterior's zone (white = create), fetched like a photo
 * @param size       the width and height the caller says the photo has (IA Créa's exterior), if it says
 * @param webhook    where to post the outcome when each generation ends
 * @param fields     the caller's name for an option or a part of the request, where it differs from ours
 *                   (IA Créa's {@code option} for our {@code motion}), so that a refusal names what they sent
 * @param photoOptions by photo of {@code photoIds}, its own values of options taken per photo
 */
record ApiAsk(ApiEndpoint endpoint, @Nullable ProjectId projectId, String projectName, List<String> imageUrls,
              List<UUID> photoIds, String providerId, GenerationKind kind, Map<String, String> options,
              @Nullable String maskUrl, @Nullable Size size, @Nullable GenerationId continues, @Nullable String webhook,
              Map<String, String> fields, Map<UUID, Map<String, String>> photoOptions) {

    ApiAsk(ApiEndpoint endpoint, @Nullable ProjectId projectId, String projectName, List<String> imageUrls,
           List<UUID> photoIds, String providerId, GenerationKind kind, Map<String, String> options,
           @Nullable String maskUrl, @Nullable Size size, @Nullable GenerationId continues, @Nullable String webhook,
           Map<String, String> fields) {
        this(endpoint, projectId, projectName, imageUrls, photoIds, providerId, kind, options, maskUrl, size, continues,
                webhook, fields, Map.of());
    }

    /** The photo's size as the caller gives it. */
    record Size(int width, int height) {
    }

    String field(String ours) {
        return fields.getOrDefault(ours, ours);
    }
}
