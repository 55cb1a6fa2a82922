package app.atelier.render.internal;

import app.atelier.render.Framing;
import app.atelier.render.Motion;
import app.atelier.render.RenderException;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The frames of a part of a video at the film's rate, read as they are needed (one decoded frame held
 * at a time): cut to the film's shape around the framing's point, or shown whole over a blurred copy
 * of itself. A frame of the film shows the video's frame of that moment (the last one begun).
 */
public final class VideoFrames implements AutoCloseable {

    /** How much smaller the blurred background is sampled before it is spread back over the frame. */
    private static final int BLUR_SCALE = 24;

    private final FFmpegFrameGrabber grabber;
    private final int width;
    private final int height;
    private final int fps;
    private final long fromMicros;
    private final Framing framing;
    private final boolean whole;
    private final byte[] out;
    private Frame current;
    private Frame next;
    private long shownTimestamp = Long.MIN_VALUE;

    public VideoFrames(Path video, Duration from, Framing framing, boolean whole, int width, int height, int fps) {
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.framing = framing;
        this.whole = whole;
        this.fromMicros = from.toNanos() / 1000;
        this.out = new byte[width * height * 3 / 2];
        try {
            grabber = VideoFiles.open(video, avutil.AV_PIX_FMT_BGR24);
            if (fromMicros > 0) {
                grabber.setVideoTimestamp(fromMicros);
            }
            current = grabImage();
            if (current == null) {
                throw new RenderException("No picture after " + from + " in " + video.getFileName());
            }
            next = grabImage();
        } catch (FrameGrabber.Exception e) {
            throw new RenderException("The video " + video.getFileName() + " cannot be read", e);
        }
    }

    private Frame grabImage() throws FrameGrabber.Exception {
        var frame = grabber.grabImage();
        // the grabber reuses its frame: keep a copy while the next one is read
        return frame == null ? null : frame.clone();
    }

    /** Frame {@code index} of the part (YUV 4:2:0), valid until the next call. */
    public byte[] frame(int index) {
        long at = fromMicros + Math.round(index * 1_000_000.0 / fps);
        try {
            while (next != null && next.timestamp <= at) {
                current.close();
                current = next;
                next = grabImage();
            }
        } catch (FrameGrabber.Exception e) {
            throw new RenderException("A frame of the video cannot be read", e);
        }
        if (current.timestamp != shownTimestamp) {
            draw(current);
            shownTimestamp = current.timestamp;
        }
        return out;
    }

    private void draw(Frame frame) {
        var planes = YuvPlanes.fromBgr((ByteBuffer) frame.image[0], frame.imageStride, frame.imageWidth, frame.imageHeight);
        var cover = new CameraPath(Motion.ZOOM_IN, frame.imageWidth, frame.imageHeight, (double) width / height, framing).base();
        if (!whole) {
            System.arraycopy(new FrameSampler(planes, width, height).sample(cover), 0, out, 0, out.length);
            return;
        }
        // behind: the cover cut, sampled small, blurred, and spread over the whole frame
        int smallWidth = even(width / BLUR_SCALE);
        int smallHeight = even(height / BLUR_SCALE);
        var small = YuvPlanes.ofFrame(new FrameSampler(planes, smallWidth, smallHeight).sample(cover), smallWidth, smallHeight);
        small.blur(2);
        var behind = new FrameSampler(small, width, height).sample(new CropRect(0, 0, smallWidth, smallHeight));
        System.arraycopy(behind, 0, out, 0, out.length);
        // in front: the whole picture, as large as the frame allows, in its middle
        double scale = Math.min((double) width / frame.imageWidth, (double) height / frame.imageHeight);
        int frontWidth = Math.min(width, even((int) Math.round(frame.imageWidth * scale)));
        int frontHeight = Math.min(height, even((int) Math.round(frame.imageHeight * scale)));
        var front = new FrameSampler(planes, frontWidth, frontHeight)
                .sample(new CropRect(0, 0, frame.imageWidth, frame.imageHeight));
        FrameMixer.paste(front, frontWidth, frontHeight, out, width, height, even((width - frontWidth) / 2),
                even((height - frontHeight) / 2));
    }

    private static int even(int value) {
        return Math.max(2, value & ~1);
    }

    @Override
    public void close() {
        try {
            if (current != null) {
                current.close();
            }
            if (next != null) {
                next.close();
            }
            grabber.close();
        } catch (FrameGrabber.Exception e) {
            throw new RenderException("The video could not be closed", e);
        }
    }
}
