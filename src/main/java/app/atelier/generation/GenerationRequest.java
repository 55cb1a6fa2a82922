package app.atelier.generation;

import app.atelier.provider.GenerationKind;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a member asks for: one generation per photo, all with the same provider and options.
 *
 * @param options option values by key (missing ones take the provider's defaults)
 */
public record GenerationRequest(UUID projectId, List<UUID> photoIds, String providerId, GenerationKind kind,
                                Map<String, String> options) {

    public GenerationRequest {
        photoIds = List.copyOf(photoIds);
        options = Map.copyOf(options);
    }
}
