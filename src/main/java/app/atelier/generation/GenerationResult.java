package app.atelier.generation;

import app.atelier.provider.ResultType;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.UUID;

/**
 * A file a generation made, in our storage.
 *
 * @param poster   a still of a video's first frame
 * @param duration a video's length
 * @param sound    whether a video carries sound (null when not known: stored before it was asked)
 */
public record GenerationResult(UUID asset, @Nullable UUID poster, ResultType type, int width, int height,
                               @Nullable Duration duration, long bytes, @Nullable Boolean sound) {
}
