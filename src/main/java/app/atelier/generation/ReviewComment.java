package app.atelier.generation;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a result's thread: a comment, a verdict, or a verdict with a comment.
 *
 * @param verdict what was decided with it, if anything
 * @param body    what was said, if anything
 */
public record ReviewComment(UUID id, UUID memberId, String memberName, @Nullable Verdict verdict, @Nullable String body,
                            Instant at) {
}
