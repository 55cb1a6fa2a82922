package app.atelier.render.internal;

import app.atelier.render.Framing;
import app.atelier.render.Motion;
import app.atelier.render.RenderException;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;
import org.jspecify.annotations.Nullable;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The frames of a part of a video at the film's rate, read as they are needed (one decoded frame held
 * at a time): cut to the film's shape around the framing's point, or shown whole over a blurred copy
 * of itself. A frame of the film shows the video's frame of that moment (the last one begun). Frames
 * come from FFmpeg as planes (converted only when a side is odd).
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
    /** Whether frames come as FFmpeg's planes (even sides), rather than as pixels to convert. */
    private final boolean planar;
    private final byte[] out;
    private Picture current;
    private @Nullable Picture next;
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
            // frames as planes, as the film is made of, unless a side is odd (chroma then needs rounding)
            var opened = VideoFiles.open(video, avutil.AV_PIX_FMT_YUV420P);
            if (opened.getImageWidth() % 2 != 0 || opened.getImageHeight() % 2 != 0) {
                opened.close();
                opened = VideoFiles.open(video, avutil.AV_PIX_FMT_BGR24);
            }
            grabber = opened;
            planar = grabber.getPixelFormat() == avutil.AV_PIX_FMT_YUV420P;
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

    /** A decoded picture of the video, copied out of the grabber (which reuses its frame) as planes. */
    private record Picture(long timestamp, YuvPlanes planes) {
        int width() {
            return planes.width();
        }

        int height() {
            return planes.height();
        }
    }

    private @Nullable Picture grabImage() throws FrameGrabber.Exception {
        var frame = grabber.grabImage();
        if (frame == null) {
            return null;
        }
        var image = (ByteBuffer) frame.image[0];
        return new Picture(frame.timestamp, planar ? YuvPlanes.fromI420(image, frame.imageWidth, frame.imageHeight)
                : YuvPlanes.fromBgr(image, frame.imageStride, frame.imageWidth, frame.imageHeight));
    }

    /** Frame {@code index} of the part (YUV 4:2:0), valid until the next call. */
    public byte[] frame(int index) {
        long at = fromMicros + Math.round(index * 1_000_000.0 / fps);
        try {
            while (next != null && next.timestamp() <= at) {
                current = next;
                next = grabImage();
            }
        } catch (FrameGrabber.Exception e) {
            throw new RenderException("A frame of the video cannot be read", e);
        }
        if (current.timestamp() != shownTimestamp) {
            draw(current);
            shownTimestamp = current.timestamp();
        }
        return out;
    }

    private void draw(Picture frame) {
        var planes = frame.planes();
        var cover = new CameraPath(Motion.ZOOM_IN, frame.width(), frame.height(), (double) width / height, framing).base();
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
        double scale = Math.min((double) width / frame.width(), (double) height / frame.height());
        int frontWidth = Math.min(width, even((int) Math.round(frame.width() * scale)));
        int frontHeight = Math.min(height, even((int) Math.round(frame.height() * scale)));
        var front = new FrameSampler(planes, frontWidth, frontHeight)
                .sample(new CropRect(0, 0, frame.width(), frame.height()));
        FrameMixer.paste(front, frontWidth, frontHeight, out, width, height, even((width - frontWidth) / 2),
                even((height - frontHeight) / 2));
    }

    private static int even(int value) {
        return Math.max(2, value & ~1);
    }

    @Override
    public void close() {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception e) {
            throw new RenderException("The video could not be closed", e);
        }
    }
}
