package app.atelier.generation;

import app.atelier.provider.WorkStep;
import app.atelier.shared.GenerationId;
import app.atelier.shared.LiveEvent;
import app.atelier.shared.ProjectId;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * A generation moved (state or progress), or was created.
 *
 * @param estimatedDone when the provider expects to be done, where it says
 * @param keyRefused    the vendor keeps refusing the key when asked how it goes: it waits for a valid one
 * @param step          what work done here is busy with while it runs ("Shot 3 of 12"), where it says
 */
public record GenerationChanged(GenerationId generationId, ProjectId projectId, UUID teamId, UUID memberId,
                                GenerationState state, int progress, @Nullable Instant estimatedDone,
                                boolean keyRefused, @Nullable WorkStep step) implements LiveEvent {
}
