package app.atelier.render;

import app.atelier.media.TestPhotos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A real H.264 MP4 for tests that need one (a vendor's result): rendered once per test run. */
public final class TestVideos {

    private static byte[] clip;
    private static byte[] landscape;

    private TestVideos() {
    }

    /** A 5 s portrait (768x1280) zoom, as an MP4. */
    public static synchronized byte[] portraitClip() {
        if (clip == null) {
            clip = render("portrait", 1200, 1600, VideoFormat.PORTRAIT);
        }
        return clip.clone();
    }

    /** A 5 s landscape (1280x768) zoom, as an MP4. */
    public static synchronized byte[] landscapeClip() {
        if (landscape == null) {
            landscape = render("landscape", 1600, 1000, VideoFormat.LANDSCAPE);
        }
        return landscape.clone();
    }

    private static byte[] render(String name, int width, int height, VideoFormat format) {
        try {
            var folder = Files.createDirectories(Path.of("target", "test-videos"));
            var photo = folder.resolve(name + ".jpg");
            Files.write(photo, TestPhotos.jpeg(width, height));
            var renderer = new MotionRenderer(RenderProperties.defaults());
            try {
                var rendered = renderer.render(photo, new MotionClip(Motion.ZOOM_IN, format, ClipLength.FIVE_SECONDS),
                        folder.resolve(name + ".mp4"), folder.resolve(name + "-poster.jpg"), RenderProgress.IGNORED, () -> false);
                return Files.readAllBytes(rendered.video());
            } finally {
                renderer.destroy();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
