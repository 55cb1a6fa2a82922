package app.atelier.render;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A queued or running render. Its result completes with the clip, or exceptionally with a
 * {@link RenderException} or, once cancelled, a {@link java.util.concurrent.CancellationException}
 * raised after the partial files have been removed.
 */
public final class RenderTask {

    private final CompletableFuture<RenderedClip> result = new CompletableFuture<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public CompletableFuture<RenderedClip> result() {
        return result;
    }

    /** Asks the render to stop at the next frame (or not to start); harmless once it is done. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
