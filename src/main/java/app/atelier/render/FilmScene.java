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
     * framing's point, or shown whole over a blurred copy of itself; its own sound heard when
     * {@code sound} (the music steps back under it), silent otherwise.
     */
    record Video(Path video, Duration from, Duration to, Framing framing, boolean whole, boolean sound, List<Overlay> overlays)
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
     * A picture laid over the film with its top left corner at ({@code left}, {@code top}), shown from
     * {@code from} to {@code to} of its scene, fading in and out.
     */
    record Overlay(BufferedImage picture, int left, int top, Duration from, Duration to) {

        /**
         * A picture at the film's size, transparent but where it draws, kept as the rectangle it draws
         * in: a film's many captions hold what they show, not a frame each.
         */
        public static Overlay of(BufferedImage frame, Duration from, Duration to) {
            int width = frame.getWidth();
            int height = frame.getHeight();
            int minX = width;
            int minY = height;
            int maxX = -1;
            int maxY = -1;
            int[] row = new int[width];
            for (int y = 0; y < height; y++) {
                frame.getRGB(0, y, width, 1, row, 0, width);
                for (int x = 0; x < width; x++) {
                    if (row[x] >>> 24 != 0) {
                        minX = Math.min(minX, x);
                        maxX = Math.max(maxX, x);
                        minY = Math.min(minY, y);
                        maxY = Math.max(maxY, y);
                    }
                }
            }
            if (maxX < 0) {
                return new Overlay(new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB), 0, 0, from, to);
            }
            // whole 2x2 blocks, so that chroma lines up
            int left = minX & ~1;
            int top = minY & ~1;
            int right = Math.min(width, (maxX + 2) & ~1);
            int bottom = Math.min(height, (maxY + 2) & ~1);
            var drawn = new BufferedImage(right - left, bottom - top, BufferedImage.TYPE_INT_ARGB);
            var g = drawn.createGraphics();
            g.drawImage(frame.getSubimage(left, top, right - left, bottom - top), 0, 0, null);
            g.dispose();
            return new Overlay(drawn, left, top, from, to);
        }
    }
}
