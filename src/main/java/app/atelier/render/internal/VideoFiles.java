package app.atelier.render.internal;

import app.atelier.render.RenderException;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

import java.nio.file.Path;

/** Opening a video made elsewhere to read it: FFmpeg kept quiet, a file without a picture refused. */
public final class VideoFiles {

    private VideoFiles() {
    }

    /** A started grabber on the video (the caller closes it). */
    public static FFmpegFrameGrabber open(Path video) throws FrameGrabber.Exception {
        return open(video, -1);
    }

    /** A started grabber whose pictures come in {@code pixelFormat} (FFmpeg's), or the grabber's default for -1. */
    public static FFmpegFrameGrabber open(Path video, int pixelFormat) throws FrameGrabber.Exception {
        FfmpegLogging.ensureQuiet();
        var grabber = new FFmpegFrameGrabber(video.toFile());
        if (pixelFormat >= 0) {
            grabber.setPixelFormat(pixelFormat);
        }
        try {
            grabber.start();
            if (grabber.getImageWidth() <= 0 || grabber.getImageHeight() <= 0) {
                throw new RenderException("No picture in " + video.getFileName());
            }
            return grabber;
        } catch (FrameGrabber.Exception | RuntimeException failed) {
            grabber.close();
            throw failed;
        }
    }
}
