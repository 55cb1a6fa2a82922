package app.atelier.render;

import app.atelier.media.TestPhotos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A real H.264 MP4 for tests that need one (a vendor's result): rendered once per test run. */
public final class TestVideos {

    private static byte[] clip;

    private TestVideos() {
    }

    /** A 5 s portrait (768x1280) zoom, as an MP4. */
    public static synchronized byte[] portraitClip() {
        if (clip == null) {
            try {
                var folder = Files.createDirectories(Path.of("target", "test-videos"));
                var photo = folder.resolve("photo.jpg");
                Files.write(photo, TestPhotos.jpeg(1200, 1600));
                var renderer = new MotionRenderer(RenderProperties.defaults());
                try {
                    var rendered = renderer.render(photo, new MotionClip(Motion.ZOOM_IN, VideoFormat.PORTRAIT,
                            ClipLength.FIVE_SECONDS), folder.resolve("clip.mp4"), folder.resolve("poster.jpg"),
                            RenderProgress.IGNORED, () -> false);
                    clip = Files.readAllBytes(rendered.video());
                } finally {
                    renderer.destroy();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return clip.clone();
    }
}
