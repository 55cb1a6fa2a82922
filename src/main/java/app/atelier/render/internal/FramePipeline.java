package app.atelier.render.internal;

import app.atelier.render.RenderException;

import java.nio.ByteBuffer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Samples frames on a thread of its own while the caller feeds the encoder, so that the encoder
 * never waits for its next frame. Frames travel through a ring of {@link #DEPTH} direct buffers:
 * memory stays at a few frames however long the clip.
 */
public final class FramePipeline implements AutoCloseable {

    static final int DEPTH = 3;

    private final BlockingQueue<ByteBuffer> free = new ArrayBlockingQueue<>(DEPTH);
    private final BlockingQueue<ByteBuffer> ready = new ArrayBlockingQueue<>(DEPTH);
    private final Thread producer;
    private volatile RuntimeException failure;

    /**
     * @param frames     the crop of each frame, in plane pixels
     * @param firstFrame given the first frame's bytes once all frames are sampled, on the sampling
     *                   thread (for the poster): the encoder is still busy with its last frames then,
     *                   whereas earlier the poster would keep it waiting for its second frame
     */
    public FramePipeline(FrameSampler sampler, int count, IntFunction<CropRect> frames, Consumer<byte[]> firstFrame) {
        this(sampler.frameBytes(), count, i -> sampler.sample(frames.apply(i)), firstFrame);
    }

    /**
     * @param frames each frame's bytes (YUV 4:2:0), in order, valid until the next call
     */
    public FramePipeline(int frameBytes, int count, IntFunction<byte[]> frames, Consumer<byte[]> firstFrame) {
        for (int i = 0; i < DEPTH; i++) {
            free.add(ByteBuffer.allocateDirect(frameBytes));
        }
        producer = Thread.ofPlatform().daemon().name("render-sampler").unstarted(() -> {
            try {
                byte[] first = null;
                for (int i = 0; i < count; i++) {
                    var buffer = free.take();
                    byte[] frame = frames.apply(i);
                    buffer.clear();
                    buffer.put(frame).flip();
                    ready.put(buffer);
                    if (i == 0) {
                        first = frame.clone();
                    }
                }
                if (first != null) {
                    firstFrame.accept(first);
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure = e;
                ready.offer(ByteBuffer.allocate(0));
            }
        });
        producer.start();
    }

    /** The next frame, in order; give it back with {@link #release} once the encoder has it. */
    public ByteBuffer next() {
        try {
            var buffer = ready.take();
            if (failure != null) {
                throw new RenderException("A frame could not be sampled", failure);
            }
            return buffer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("Interrupted while waiting for a frame", e);
        }
    }

    public void release(ByteBuffer buffer) {
        free.offer(buffer);
    }

    /**
     * Hands every frame to {@code writer} in order, {@code afterFrame} after each (the sound that goes
     * with it), then finishes the file and the poster; progress from 0 to 99 %.
     *
     * @throws java.util.concurrent.CancellationException once {@code cancelled} says so
     */
    public void encode(H264Writer writer, int count, java.util.function.BooleanSupplier cancelled,
                       app.atelier.render.RenderProgress progress, java.util.function.IntConsumer afterFrame) {
        int reported = -1;
        for (int i = 0; i < count; i++) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("Render cancelled");
            }
            var frame = next();
            writer.write(frame);
            release(frame);
            afterFrame.accept(i);
            int percent = (i + 1) * 99 / count;
            if (percent != reported) {
                progress.progressed(percent);
                reported = percent;
            }
        }
        writer.finish();
        finish();
    }

    /** Waits for the sampling thread to finish its work (the poster), and reports its failure if any. */
    public void finish() {
        join();
        if (failure != null) {
            throw new RenderException("The poster could not be made", failure);
        }
    }

    /** Stops the sampling thread if the render ends early; does nothing after {@link #finish}. */
    @Override
    public void close() {
        if (producer.isAlive()) {
            producer.interrupt();
            join();
        }
    }

    private void join() {
        try {
            producer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("Interrupted while waiting for the sampling thread", e);
        }
    }
}
