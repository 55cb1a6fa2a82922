package app.atelier.render;

import app.atelier.render.internal.VideoFiles;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A short mention burnt into the lower-left corner of a picture or of every frame of a video: white
 * words on a dark, rounded plate, sized from the picture (about 3 % of its smaller side), so that it
 * reads on a phone and on a large screen alike ("Visuel retouché par IA", which French property
 * advertising expects on an AI or retouched visual).
 */
public final class Caption {

    private static final double TEXT_SHARE = 0.032;
    private static final int MIN_TEXT = 12;

    private Caption() {
    }

    /** The picture with the mention drawn on it (a new image; the given one is not changed). */
    public static BufferedImage onImage(BufferedImage picture, String text) {
        boolean alpha = picture.getColorModel().hasAlpha();
        var copy = new BufferedImage(picture.getWidth(), picture.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var graphics = copy.createGraphics();
        try {
            graphics.drawImage(picture, 0, 0, null);
            draw(graphics, picture.getWidth(), picture.getHeight(), text);
        } finally {
            graphics.dispose();
        }
        return copy;
    }

    /**
     * Writes {@code video} again to {@code out} (H.264, the same size and frame rate, a sound track
     * kept) with the mention on every frame.
     */
    public static VideoInfo onVideo(Path video, Path out, String text) {
        try (var grabber = VideoFiles.open(video); var converter = new Java2DFrameConverter()) {
            int width = grabber.getImageWidth();
            int height = grabber.getImageHeight();
            double fps = grabber.getFrameRate() > 0 ? grabber.getFrameRate() : 24;
            try (var recorder = new FFmpegFrameRecorder(out.toFile(), width, height, grabber.getAudioChannels())) {
                recorder.setFormat("mp4");
                recorder.setVideoCodecName("libx264");
                recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
                recorder.setFrameRate(fps);
                recorder.setVideoBitrate(0);
                recorder.setVideoProfile(avcodec.AV_PROFILE_H264_HIGH);
                recorder.setVideoOption("preset", "veryfast");
                recorder.setVideoOption("crf", "18");
                recorder.setOption("movflags", "+faststart");
                if (grabber.getAudioChannels() > 0) {
                    recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
                    recorder.setSampleRate(grabber.getSampleRate());
                    recorder.setAudioBitrate(128_000);
                }
                recorder.start();
                Frame frame;
                while ((frame = grabber.grab()) != null) {
                    if (frame.image != null) {
                        var picture = converter.convert(frame);
                        var graphics = picture.createGraphics();
                        try {
                            draw(graphics, width, height, text);
                        } finally {
                            graphics.dispose();
                        }
                        recorder.record(converter.convert(picture), avutil.AV_PIX_FMT_BGR24);
                    } else if (frame.samples != null && grabber.getAudioChannels() > 0) {
                        recorder.record(frame);
                    }
                }
                recorder.stop();
            }
            var duration = Duration.ofNanos(Math.max(0, grabber.getLengthInTime()) * 1000);
            grabber.stop();
            return new VideoInfo(width, height, duration, grabber.hasAudio() && grabber.getAudioChannels() > 0);
        } catch (FrameGrabber.Exception e) {
            throw new RenderException("Not a readable video: " + video.getFileName(), e);
        } catch (FrameRecorder.Exception e) {
            throw new RenderException("Cannot write the captioned video " + out.getFileName(), e);
        }
    }

    /** Where the plate goes on a picture of this size: x, y, width, height. */
    public static int[] plate(int width, int height, String text) {
        var image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        try {
            return layout(graphics, width, height, text).bounds;
        } finally {
            graphics.dispose();
        }
    }

    private record Layout(Font font, int[] bounds, int textX, int textY) {
    }

    private static Layout layout(Graphics2D graphics, int width, int height, String text) {
        int size = Math.max(MIN_TEXT, (int) Math.round(Math.min(width, height) * TEXT_SHARE));
        var font = new Font(Font.SANS_SERIF, Font.BOLD, size);
        var metrics = graphics.getFontMetrics(font);
        int padX = Math.round(size * 0.6f);
        int padY = Math.round(size * 0.35f);
        int margin = Math.round(size * 0.8f);
        int plateWidth = Math.min(width - 2 * margin, metrics.stringWidth(text) + 2 * padX);
        int plateHeight = metrics.getAscent() + metrics.getDescent() + 2 * padY;
        int x = margin;
        int y = height - margin - plateHeight;
        return new Layout(font, new int[]{x, y, plateWidth, plateHeight}, x + padX, y + padY + metrics.getAscent());
    }

    /** Draws the mention where {@link #plate} says, with {@code graphics}' clip and composite left as they were. */
    static void draw(Graphics2D graphics, int width, int height, String text) {
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        var layout = layout(graphics, width, height, text);
        var box = layout.bounds;
        var plate = new RoundRectangle2D.Float(box[0], box[1], box[2], box[3], box[3] * 0.5f, box[3] * 0.5f);
        graphics.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.62f));
        graphics.setColor(new Color(17, 24, 39));
        graphics.fill(plate);
        graphics.setComposite(AlphaComposite.SrcOver);
        graphics.setColor(Color.WHITE);
        graphics.setFont(layout.font);
        graphics.setClip(plate);
        graphics.drawString(text, layout.textX, layout.textY);
        graphics.setClip(null);
    }
}
