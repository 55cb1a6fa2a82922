package app.atelier.render;

import java.time.Duration;

/**
 * What a video file holds, as read from it.
 *
 * @param sound whether it carries a sound track
 */
public record VideoInfo(int width, int height, Duration duration, boolean sound) {
}
