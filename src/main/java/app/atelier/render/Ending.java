package app.atelier.render;

import org.jspecify.annotations.Nullable;

import java.nio.file.Path;

/**
 * How a clip ends: as its motion leaves it, with a cross-fade to another photo (a last frame), and
 * or a cross-fade back to its own first frame (a video that loops). With both, the clip fades to the
 * other photo by its middle and back to the first frame by its end.
 *
 * @param lastFrame the photo the clip should arrive at, if any
 * @param loop      whether the last frame is the first one again
 */
public record Ending(@Nullable Path lastFrame, boolean loop) {

    /** The motion, and nothing more. */
    public static final Ending NONE = new Ending(null, false);

    public boolean plain() {
        return lastFrame == null && !loop;
    }

    /**
     * How much of the frame at {@code t} (0 = first frame, 1 = last) is the last photo ({@code toLast})
     * or the clip's own first frame: the rest is the motion.
     */
    double weight(double t, boolean toLast) {
        if (lastFrame != null && loop) {
            // motion, then the last photo by the middle, then back to the first frame by the end
            return toLast ? rise(t, 0.2, 0.45) - rise(t, 0.6, 0.9) : rise(t, 0.6, 0.9);
        }
        if (lastFrame != null) {
            return toLast ? rise(t, 0.5, 0.9) : 0;
        }
        return loop && !toLast ? rise(t, 0.55, 1.0) : 0;
    }

    /** 0 before {@code from}, 1 after {@code to}, eased between. */
    private static double rise(double t, double from, double to) {
        if (t <= from) {
            return 0;
        }
        if (t >= to) {
            return 1;
        }
        double x = (t - from) / (to - from);
        return 0.5 - 0.5 * Math.cos(Math.PI * x);
    }
}
