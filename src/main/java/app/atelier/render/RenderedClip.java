package app.atelier.render;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A finished clip.
 *
 * @param video  the H.264 MP4 (High profile, yuv420p, moov atom first)
 * @param poster a JPEG of the first frame, at the video's size
 */
public record RenderedClip(Path video, Path poster, int width, int height, int frames, Duration duration,
                           long videoBytes) {
}
