package app.atelier.studio;

import app.atelier.generation.Verdict;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.ResultType;
import app.atelier.shared.GenerationId;
import app.atelier.shared.ProjectId;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A finished video or image as the gallery's results list shows it.
 *
 * @param still   what stands for it on a card: a video's poster, an image itself
 * @param verdict the team's verdict on it, if it has one
 * @param options what it was asked for with (a motion, an exterior’s type, a description…)
 * @param viaApi  whether a script asked for it through the REST API
 */
public record ResultCard(GenerationId generationId, ProjectId projectId, String projectName, GenerationKind kind, String providerId,
                         ResultType type, UUID asset, @Nullable UUID still, int width, int height,
                         @Nullable Duration duration, UUID memberId, Instant finishedAt, @Nullable Verdict verdict,
                         Map<String, String> options, boolean viaApi) {
}
