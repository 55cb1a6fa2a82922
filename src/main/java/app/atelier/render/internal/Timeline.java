package app.atelier.render.internal;

import app.atelier.render.FilmPlan;
import app.atelier.render.FilmScene;
import app.atelier.render.Transition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

/**
 * The frames of a film in order, each made when it is asked for: a scene's source is opened at its
 * first frame and closed after its last, so at most two (during a transition) are open at once and
 * memory does not grow with the film. Asked from one thread, in order.
 */
public final class Timeline implements IntFunction<byte[]>, AutoCloseable {

    /** How long an overlay takes to appear and to go. */
    private static final Duration OVERLAY_FADE = Duration.ofMillis(300);

    private final FilmPlan plan;
    private final int width;
    private final int height;
    private final int[] starts;
    private final int[] lengths;
    private final int overlap;
    private final byte[] mixed;
    private final byte[] colour;
    private final BooleanSupplier cancelled;
    private final Source[] open;

    /** A scene being shown: its frames and its overlays, made ready. */
    private record Source(IntFunction<byte[]> frames, AutoCloseable closing, List<Layer> layers) {
    }

    private record Layer(OverlayPlanes planes, int from, int to) {
    }

    public Timeline(FilmPlan plan, BooleanSupplier cancelled) {
        this.plan = plan;
        this.cancelled = cancelled;
        this.width = plan.format().width();
        this.height = plan.format().height();
        this.starts = plan.starts();
        this.lengths = plan.scenes().stream().mapToInt(scene -> FilmPlan.frames(scene.length())).toArray();
        this.overlap = plan.overlap();
        this.mixed = new byte[width * height * 3 / 2];
        var kind = plan.transition().kind();
        this.colour = kind == Transition.Kind.DIP_TO_WHITE ? FrameMixer.plain(0xFFFFFF, width, height)
                : kind == Transition.Kind.DIP_TO_BLACK ? FrameMixer.plain(0x000000, width, height) : null;
        this.open = new Source[lengths.length];
    }

    public int frameBytes() {
        return mixed.length;
    }

    /** Frame {@code index} of the film (YUV 4:2:0), valid until the next call. */
    @Override
    public byte[] apply(int index) {
        int first = -1;
        int second = -1;
        for (int i = 0; i < lengths.length; i++) {
            if (index >= starts[i] && index < starts[i] + lengths[i]) {
                if (first < 0) {
                    first = i;
                } else {
                    second = i;
                }
            } else if (open[i] != null && index >= starts[i] + lengths[i]) {
                close(i);
            }
        }
        byte[] a = frameOf(first, index);
        if (second < 0) {
            return a;
        }
        // a transition: how far into the overlap, from 0 to 1, at the middle of the frame
        double t = (index - starts[second] + 0.5) / overlap;
        var kind = plan.transition().kind();
        if (kind == Transition.Kind.CROSS_FADE) {
            FrameMixer.mix(a, frameOf(second, index), weight(t), mixed);
        } else if (t < 0.5) {
            // a dip: the first scene goes to the colour over the first half…
            FrameMixer.mix(a, colour, weight(t * 2), mixed);
        } else {
            // …and the second comes out of it over the second
            FrameMixer.mix(colour, frameOf(second, index), weight(t * 2 - 1), mixed);
        }
        return mixed;
    }

    private static int weight(double share) {
        return (int) Math.round(FrameMixer.ONE * Math.max(0, Math.min(1, share)));
    }

    /** The scene's own frame at film frame {@code index}, with its overlays laid over it. */
    private byte[] frameOf(int scene, int index) {
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("Render cancelled");
        }
        var source = open[scene] == null ? (open[scene] = openScene(scene)) : open[scene];
        int local = index - starts[scene];
        byte[] frame = source.frames().apply(local);
        if (source.layers().isEmpty()) {
            return frame;
        }
        byte[] own = frame.clone();
        int fade = Math.max(1, FilmPlan.frames(OVERLAY_FADE));
        for (var layer : source.layers()) {
            if (local >= layer.from() && local < layer.to()) {
                int in = local - layer.from();
                int out = layer.to() - 1 - local;
                layer.planes().over(own, weight(Math.min(1, Math.min((in + 0.5) / fade, (out + 0.5) / fade))));
            }
        }
        return own;
    }

    private Source openScene(int scene) {
        var spec = plan.scenes().get(scene);
        int frames = lengths[scene];
        var layers = new ArrayList<Layer>();
        for (var overlay : spec.overlays()) {
            layers.add(new Layer(new OverlayPlanes(overlay.picture(), overlay.left(), overlay.top(), width, height),
                    FilmPlan.frames(overlay.from()),
                    Math.min(frames, FilmPlan.frames(overlay.to()))));
        }
        return switch (spec) {
            case FilmScene.Photo photo -> {
                var source = new PhotoFrames(photo.photo(), photo.motion(), photo.framing(), width, height, frames);
                yield new Source(source::frame, () -> { }, layers);
            }
            case FilmScene.Video video -> {
                var source = new VideoFrames(video.video(), video.from(), video.framing(), video.whole(), width, height,
                        FilmPlan.FPS);
                yield new Source(source::frame, source, layers);
            }
            case FilmScene.Still still -> {
                int[] rgb = still.picture().getRGB(0, 0, width, height, null, 0, width);
                byte[] frame = YuvPlanes.fromRgb(rgb, width, height).toFrame();
                yield new Source(local -> frame, () -> { }, layers);
            }
        };
    }

    private void close(int scene) {
        try {
            open[scene].closing().close();
        } catch (Exception e) {
            throw new IllegalStateException("A scene's source could not be closed", e);
        } finally {
            open[scene] = null;
        }
    }

    /** Closes what is still open (the last scenes, or all of them when the film stops early). */
    @Override
    public void close() {
        for (int i = 0; i < open.length; i++) {
            if (open[i] != null) {
                close(i);
            }
        }
    }
}
