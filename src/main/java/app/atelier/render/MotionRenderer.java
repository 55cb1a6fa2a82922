package app.atelier.render;

import app.atelier.render.internal.CameraPath;
import app.atelier.render.internal.FramePipeline;
import app.atelier.render.internal.FrameSampler;
import app.atelier.render.internal.H264Writer;
import app.atelier.render.internal.PartFiles;
import app.atelier.render.internal.PhotoFrames;
import app.atelier.render.internal.Poster;
import app.atelier.render.internal.SourcePhoto;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

/**
 * Renders camera-motion clips from one photo on this machine. Renders queue on a bounded pool (one
 * per two cores by default), so that a burst of requests waits its turn instead of starving the
 * interface. Each render holds the decoded photo and one frame; the video and poster appear at their
 * paths only when complete, and a failed or cancelled render leaves nothing behind.
 */
@Service
public class MotionRenderer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MotionRenderer.class);

    private final RenderProperties settings;
    private final ExecutorService pool;
    private final MeterRegistry meters;

    /** Without metrics (tests, benchmarks). */
    public MotionRenderer(RenderProperties settings) {
        this(settings, Metrics.globalRegistry);
    }

    @Autowired
    public MotionRenderer(RenderProperties settings, MeterRegistry meters) {
        this.settings = settings;
        this.meters = meters;
        var threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(settings.effectiveParallelRenders(), task -> {
            var thread = new Thread(task, "render-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues a render. Progress is reported from the render thread. */
    public RenderTask submit(Path photo, MotionClip clip, Path video, Path poster, RenderProgress progress) {
        var task = new RenderTask();
        pool.execute(() -> {
            try {
                task.result().complete(render(photo, clip, video, poster, progress, task::isCancelled));
            } catch (CancellationException cancelled) {
                task.result().completeExceptionally(cancelled);
            } catch (RuntimeException failed) {
                log.warn("Render of {} failed", photo.getFileName(), failed);
                task.result().completeExceptionally(failed);
            }
        });
        return task;
    }

    /**
     * Renders on the calling thread.
     *
     * @param cancelled asked before each frame; once true, the render stops and cleans up
     * @throws CancellationException when cancelled
     * @throws RenderException       when the photo cannot be read or the encoder fails
     */
    public RenderedClip render(Path photo, MotionClip clip, Path video, Path poster, RenderProgress progress,
                               BooleanSupplier cancelled) {
        return render(photo, clip, Ending.NONE, video, poster, progress, cancelled);
    }

    /**
     * Renders on the calling thread, ending as {@code ending} says (a cross-fade to a last photo, or
     * back to the first frame).
     */
    public RenderedClip render(Path photo, MotionClip clip, Ending ending, Path video, Path poster,
                               RenderProgress progress, BooleanSupplier cancelled) {
        var partVideo = PartFiles.partial(video);
        var partPoster = PartFiles.partial(poster);
        long started = System.nanoTime();
        try {
            var clipResult = renderTo(photo, clip, ending, partVideo, partPoster, progress, cancelled);
            PartFiles.move(partPoster, poster);
            PartFiles.move(partVideo, video);
            measured(clip, System.nanoTime() - started, clipResult.duration());
            progress.progressed(100);
            return new RenderedClip(video, poster, clipResult.width(), clipResult.height(), clipResult.frames(),
                    clipResult.duration(), PartFiles.size(video));
        } finally {
            PartFiles.deleteQuietly(partVideo);
            PartFiles.deleteQuietly(partPoster);
        }
    }

    /** How many seconds of this machine one second of video took, by output format. */
    private void measured(MotionClip clip, long nanos, Duration video) {
        if (video.isZero()) {
            return;
        }
        DistributionSummary.builder("atelier.render.seconds.per.video.second")
                .description("Wall time of a local render for each second of video it makes")
                .tag("format", clip.format().name())
                .register(meters)
                .record(nanos / 1e9 / (video.toMillis() / 1e3));
    }

    private RenderedClip renderTo(Path photo, MotionClip clip, Ending ending, Path video, Path poster,
                                  RenderProgress progress, BooleanSupplier cancelled) {
        var format = clip.format();
        int frames = clip.length().frames();
        var photoFrames = new PhotoFrames(photo, clip.motion(), clip.framing(), format.width(), format.height(), frames);
        check(cancelled);
        IntFunction<byte[]> motion = photoFrames::frame;
        var source = ending.plain() ? motion : ended(motion, ending, format, frames, cancelled);
        progress.progressed(0);
        try (var writer = new H264Writer(video, format.width(), format.height(), ClipLength.FPS, settings.preset(),
                settings.crf(), settings.encoderThreads());
             var pipeline = new FramePipeline(photoFrames.frameBytes(), frames, source,
                     first -> Poster.write(first, format.width(), format.height(), poster))) {
            pipeline.encode(writer, frames, cancelled, progress, frame -> { });
        }
        return new RenderedClip(video, poster, format.width(), format.height(), frames,
                Duration.ofMillis(frames * 1000L / ClipLength.FPS), PartFiles.size(video));
    }

    /** The motion's frames, cross-faded into the last photo (shown still, cut to the frame) or the first frame. */
    private static IntFunction<byte[]> ended(IntFunction<byte[]> motion, Ending ending, VideoFormat format, int frames,
                                             BooleanSupplier cancelled) {
        byte[] first = motion.apply(0).clone();
        byte[] last = null;
        if (ending.lastFrame() != null) {
            int[] size = SourcePhoto.size(ending.lastFrame());
            var still = new CameraPath(Motion.ZOOM_IN, size[0], size[1], format.aspect()).base();
            var decoded = SourcePhoto.decode(ending.lastFrame(), format.width() / still.width());
            check(cancelled);
            last = new FrameSampler(decoded.planes(), format.width(), format.height()).sample(decoded.onPlanes(still)).clone();
        }
        byte[] lastFrame = last;
        byte[] out = new byte[first.length];
        return i -> {
            double t = frames <= 1 ? 0 : (double) i / (frames - 1);
            byte[] frame = motion.apply(i);
            int toLast = lastFrame == null ? 0 : (int) Math.round(256 * ending.weight(t, true));
            int toFirst = (int) Math.round(256 * ending.weight(t, false));
            if (toLast == 0 && toFirst == 0) {
                return frame;
            }
            int own = Math.max(0, 256 - toLast - toFirst);
            for (int p = 0; p < out.length; p++) {
                int mixed = own * (frame[p] & 0xFF) + toFirst * (first[p] & 0xFF)
                        + (lastFrame == null ? 0 : toLast * (lastFrame[p] & 0xFF));
                out[p] = (byte) Math.min(255, (mixed + 128) >> 8);
            }
            return out;
        };
    }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("Render cancelled");
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
