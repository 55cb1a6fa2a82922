package app.atelier.render;

import org.jspecify.annotations.Nullable;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a film is made of: its format, its scenes in order, how each gives way to the next, and the
 * music under it (fitted to the film and brought to broadcast loudness), if any.
 */
public record FilmPlan(VideoFormat format, List<FilmScene> scenes, Transition transition, @Nullable Path music) {

    /** Frames per second of every film. */
    public static final int FPS = 30;

    /** The shapes a film is made in: 16:9 for portals and YouTube, 9:16 for stories, 1:1 and 4:5 for feeds. */
    public static final java.util.Set<VideoFormat> FORMATS = java.util.EnumSet.of(VideoFormat.LANDSCAPE_HD,
            VideoFormat.VERTICAL_HD, VideoFormat.SQUARE, VideoFormat.FEED);

    public FilmPlan {
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("A film is not made in " + format);
        }
        scenes = List.copyOf(scenes);
        if (scenes.isEmpty()) {
            throw new IllegalArgumentException("A film has at least one scene");
        }
    }

    /** How many frames a scene takes. */
    public static int frames(Duration length) {
        return (int) Math.max(1, Math.round(length.toNanos() * FPS / 1e9));
    }

    /**
     * How many frames scenes overlap by: the transition's, but never more than half the shortest
     * scene (a scene is seen whole for at least half its time).
     */
    public int overlap() {
        int shortest = scenes.stream().mapToInt(scene -> frames(scene.length())).min().orElse(0);
        return scenes.size() < 2 || transition.kind() == Transition.Kind.CUT ? 0
                : Math.min(frames(transition.length()), shortest / 2);
    }

    /** The first frame of each scene, in the film. */
    public int[] starts() {
        int[] starts = new int[scenes.size()];
        for (int i = 1; i < starts.length; i++) {
            starts[i] = starts[i - 1] + frames(scenes.get(i - 1).length()) - overlap();
        }
        return starts;
    }

    /** How many frames the film has. */
    public int frames() {
        int[] starts = starts();
        return starts[starts.length - 1] + frames(scenes.getLast().length());
    }

    /** How long the film lasts. */
    public Duration length() {
        return Duration.ofNanos(Math.round(frames() * 1e9 / FPS));
    }
}
