package app.atelier.render;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What a test needs to know about an MP4 file, read back through FFmpeg. */
public final class Mp4File {

    public record Stream(String codec, int profile, int pixelFormat, int width, int height, double seconds) {
    }

    private Mp4File() {
    }

    public static Stream stream(Path file) {
        try (var grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.start();
            var parameters = grabber.getFormatContext().streams(grabber.getVideoStream()).codecpar();
            return new Stream(grabber.getVideoCodecName(), parameters.profile(), parameters.format(),
                    grabber.getImageWidth(), grabber.getImageHeight(), grabber.getLengthInTime() / 1e6);
        } catch (FrameGrabber.Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The luma of every frame, as width x height unsigned bytes (full range grey). */
    public static List<byte[]> lumaFrames(Path file) {
        var frames = new ArrayList<byte[]>();
        try (var grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_GRAY8);
            grabber.start();
            Frame frame;
            while ((frame = grabber.grabImage()) != null) {
                var buffer = (ByteBuffer) frame.image[0];
                int width = frame.imageWidth;
                byte[] luma = new byte[width * frame.imageHeight];
                for (int y = 0; y < frame.imageHeight; y++) {
                    buffer.position(y * frame.imageStride);
                    buffer.get(luma, y * width, width);
                }
                frames.add(luma);
            }
        } catch (FrameGrabber.Exception e) {
            throw new IllegalStateException(e);
        }
        return frames;
    }

    /** The types of the top-level boxes, in file order ("ftyp", "moov", "mdat", ...). */
    public static List<String> topLevelBoxes(Path file) {
        var boxes = new ArrayList<String>();
        try (InputStream in = Files.newInputStream(file); var data = new DataInputStream(in)) {
            long remaining = Files.size(file);
            while (remaining >= 8) {
                long size = Integer.toUnsignedLong(data.readInt());
                byte[] type = data.readNBytes(4);
                long header = 8;
                if (size == 1) {
                    size = data.readLong();
                    header = 16;
                } else if (size == 0) {
                    size = remaining;
                }
                boxes.add(new String(type, java.nio.charset.StandardCharsets.US_ASCII));
                data.skipNBytes(size - header);
                remaining -= size;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return boxes;
    }

    /** The centre of the bright blob near ({@code x}, {@code y}), from intensity above the background. */
    public static double[] centroid(byte[] luma, int width, int height, double x, double y, double radius,
                                    double background) {
        double sum = 0;
        double sumX = 0;
        double sumY = 0;
        int r = (int) Math.ceil(radius);
        for (int j = Math.max(0, (int) y - r); j <= Math.min(height - 1, (int) y + r); j++) {
            for (int i = Math.max(0, (int) x - r); i <= Math.min(width - 1, (int) x + r); i++) {
                double weight = (luma[j * width + i] & 255) - background;
                if (weight > 0) {
                    sum += weight;
                    sumX += weight * i;
                    sumY += weight * j;
                }
            }
        }
        return new double[]{sumX / sum, sumY / sum};
    }
}
