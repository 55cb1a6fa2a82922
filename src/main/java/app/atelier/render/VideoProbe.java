package app.atelier.render;

import app.atelier.render.internal.VideoFiles;
import app.atelier.shared.Jpeg;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.Java2DFrameConverter;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Reads a video made elsewhere (a vendor's): its size and length, and a poster from its first
 * frame. A file that is not a video with a picture fails with a {@link RenderException}.
 */
public final class VideoProbe {

    private static final float POSTER_QUALITY = 0.88f;

    private VideoProbe() {
    }

    /** @param poster where to write the first frame as a JPEG */
    public static VideoInfo probe(Path video, Path poster) {
        try (var grabber = VideoFiles.open(video); var converter = new Java2DFrameConverter()) {
            int width = grabber.getImageWidth();
            int height = grabber.getImageHeight();
            boolean sound = grabber.hasAudio() && grabber.getAudioChannels() > 0;
            var duration = Duration.ofNanos(Math.max(0, grabber.getLengthInTime()) * 1000);
            var frame = grabber.grabImage();
            if (frame == null) {
                throw new RenderException("No frame in " + video.getFileName());
            }
            BufferedImage image = converter.convert(frame);
            var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.getGraphics().drawImage(image, 0, 0, null);
            Jpeg.write(rgb, poster, POSTER_QUALITY);
            grabber.stop();
            return new VideoInfo(width, height, duration, sound);
        } catch (FrameGrabber.Exception e) {
            throw new RenderException("Not a readable video: " + video.getFileName(), e);
        } catch (IOException e) {
            throw new RenderException("Cannot write the poster of " + video.getFileName(), e);
        }
    }
}
