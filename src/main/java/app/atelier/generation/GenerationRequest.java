package app.atelier.generation;

import app.atelier.provider.GenerationKind;
import app.atelier.shared.GenerationId;
import app.atelier.shared.ProjectId;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a member asks for: one generation per photo, all with the same provider and options.
 *
 * @param options   option values by key (missing ones take the provider's defaults); an image option
 *                  (a mask, an end frame) names one of the team's files by its id
 * @param continues an earlier, finished generation of the same provider that this one continues (an
 *                  exterior's variation, a Luma video's extension), if any
 * @param viaApi    whether a script asked for it through the REST API (labelled so in the gallery)
 */
public record GenerationRequest(ProjectId projectId, List<UUID> photoIds, String providerId, GenerationKind kind,
                                Map<String, String> options, @Nullable GenerationId continues, boolean viaApi) {

    public GenerationRequest {
        photoIds = List.copyOf(photoIds);
        options = Map.copyOf(options);
    }

    public GenerationRequest(ProjectId projectId, List<UUID> photoIds, String providerId, GenerationKind kind,
                             Map<String, String> options, @Nullable GenerationId continues) {
        this(projectId, photoIds, providerId, kind, options, continues, false);
    }

    public GenerationRequest(ProjectId projectId, List<UUID> photoIds, String providerId, GenerationKind kind,
                             Map<String, String> options) {
        this(projectId, photoIds, providerId, kind, options, null, false);
    }
}
