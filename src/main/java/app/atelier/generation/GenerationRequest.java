package app.atelier.generation;

import app.atelier.provider.GenerationKind;
import app.atelier.shared.GenerationId;
import app.atelier.shared.ProjectId;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a member asks for: one generation per photo, all with the same provider and options, each
 * photo with its own value where it gives one for an option taken per photo.
 *
 * @param options      option values by key (missing ones take the provider's defaults); an image option
 *                     (a mask, an end frame) names one of the team's files by its id
 * @param photoOptions by photo, the values it takes instead of {@code options}' (its own camera motion,
 *                     its own description): only options the provider takes per photo
 * @param continues    an earlier, finished generation of the same provider that this one continues (an
 *                     exterior's variation, a Luma video's extension), if any
 * @param viaApi       whether a script asked for it through the REST API (labelled so in the gallery)
 */
public record GenerationRequest(ProjectId projectId, List<UUID> photoIds, String providerId, GenerationKind kind,
                                Map<String, String> options, Map<UUID, Map<String, String>> photoOptions,
                                @Nullable GenerationId continues, boolean viaApi) {

    public GenerationRequest {
        photoIds = List.copyOf(photoIds);
        options = Map.copyOf(options);
        photoOptions = photoOptions.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> Map.copyOf(entry.getValue())));
    }

    public GenerationRequest(ProjectId projectId, List<UUID> photoIds, String providerId, GenerationKind kind,
                             Map<String, String> options, @Nullable GenerationId continues, boolean viaApi) {
        this(projectId, photoIds, providerId, kind, options, Map.of(), continues, viaApi);
    }

    public GenerationRequest(ProjectId projectId, List<UUID> photoIds, String providerId, GenerationKind kind,
                             Map<String, String> options, @Nullable GenerationId continues) {
        this(projectId, photoIds, providerId, kind, options, Map.of(), continues, false);
    }

    public GenerationRequest(ProjectId projectId, List<UUID> photoIds, String providerId, GenerationKind kind,
                             Map<String, String> options) {
        this(projectId, photoIds, providerId, kind, options, Map.of(), null, false);
    }

    /** The same request, each photo named in {@code own} taking its values there instead of the common ones. */
    public GenerationRequest eachPhoto(Map<UUID, Map<String, String>> own) {
        return new GenerationRequest(projectId, photoIds, providerId, kind, options, own, continues, viaApi);
    }
}
