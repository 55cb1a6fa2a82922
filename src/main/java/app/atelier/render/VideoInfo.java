package app.atelier.render;

import java.time.Duration;

/** What a video file holds, as read from it. */
public record VideoInfo(int width, int height, Duration duration) {
}
