package app.atelier.generation;

import app.atelier.project.NewProject;
import app.atelier.provider.GenerationKind;
import app.atelier.shared.GenerationId;
import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * What a script asks for about photos it gives by address: a project made for them, one generation
 * per photo. The photos are fetched only once the rest is known to be acceptable (see {@link Fetch}),
 * and stored only with the generations.
 *
 * @param photoCount how many photos it gives (what the credits are counted on before fetching them)
 */
public record NewProjectRequest(NewProject project, int photoCount, String providerId, GenerationKind kind,
                                Map<String, String> options, @Nullable GenerationId continues) {

    public NewProjectRequest {
        options = Map.copyOf(options);
    }
}
