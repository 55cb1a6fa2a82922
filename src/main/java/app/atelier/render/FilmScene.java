package app.atelier.render;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One scene of a film, reframed for the film's format, with what is drawn over it (a caption, the AI
 * mention) for part of its time.
 */
public sealed interface FilmScene {

    /** How long the scene shows, transitions included. */
    Duration length();

    /** What is drawn over the scene, each for its own part of it. */
    List<Overlay> overlays();

    /** A photo, filmed with a camera motion over the part its framing keeps. */
    record Photo(Path photo, Motion motion, Framing framing, Duration length, List<Overlay> overlays) implements FilmScene {
        public Photo {
            overlays = List.copyOf(overlays);
        }
    }

    /**
     * A part of a video, from {@code from} to {@code to} of it: cut to the format around the
     * framing's point, or shown whole over a blurred copy of itself.
     */
    record Video(Path video, Duration from, Duration to, Framing framing, boolean whole, List<Overlay> overlays)
            implements FilmScene {
        public Video {
            overlays = List.copyOf(overlays);
            if (to.compareTo(from) <= 0) {
                throw new IllegalArgumentException("A video scene ends after it starts: " + from + " to " + to);
            }
        }

        @Override
        public Duration length() {
            return to.minus(from);
        }
    }

    /** A picture already at the film's size (an opening or closing card), held still. */
    record Still(BufferedImage picture, Duration length, List<Overlay> overlays) implements FilmScene {
        public Still {
            overlays = List.copyOf(overlays);
        }
    }

    /**
     * A picture at the film's size, transparent but where it draws, shown from {@code from} to
     * {@code to} of its scene, fading in and out.
     */
    record Overlay(BufferedImage picture, Duration from, Duration to) {
    }
}
