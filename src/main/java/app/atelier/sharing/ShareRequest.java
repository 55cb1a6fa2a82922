package app.atelier.sharing;

import app.atelier.shared.GenerationId;
import app.atelier.shared.ProjectId;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.List;

/**
 * A public page to make for some finished results of one project.
 *
 * @param title    what the page is headed with (the project's name when blank)
 * @param lifetime how long it opens: from {@link Shares#SHORTEST} to {@link Shares#LONGEST}
 * @param label    the mention to burn into what it shows, or null for the results as they are
 */
public record ShareRequest(ProjectId projectId, List<GenerationId> generations, String title, Duration lifetime,
                           @Nullable AiLabel label) {
    public ShareRequest {
        generations = List.copyOf(generations);
    }
}
