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

    /** The sound track: codec, channels, sample rate; or null when there is none. */
    public record Sound(String codec, int channels, int sampleRate) {
    }

    public static Sound sound(Path file) {
        try (var grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.start();
            return grabber.getAudioStream() < 0 ? null
                    : new Sound(grabber.getAudioCodecName(), grabber.getAudioChannels(), grabber.getSampleRate());
        } catch (FrameGrabber.Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The frame rate the video stream says. */
    public static double frameRate(Path file) {
        try (var grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.start();
            return grabber.getVideoFrameRate();
        } catch (FrameGrabber.Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sound decoded to 48 kHz stereo floats, chunk by chunk (interleaved). */
    public static void samples(Path file, java.util.function.Consumer<java.nio.FloatBuffer> into) {
        try (var grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.setSampleRate(48_000);
            grabber.setAudioChannels(2);
            grabber.setSampleMode(FrameGrabber.SampleMode.FLOAT);
            grabber.start();
            Frame frame;
            while ((frame = grabber.grabSamples()) != null) {
                if (frame.samples != null) {
                    var samples = (java.nio.FloatBuffer) frame.samples[0];
                    into.accept(samples.duplicate().rewind());
                }
            }
        } catch (FrameGrabber.Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The mean colour (0xRRGGBB) of a rectangle of the frames {@code wanted} keeps, by frame index, read
     * one frame at a time.
     */
    public static java.util.Map<Integer, Integer> colours(Path file, java.util.function.IntPredicate wanted,
                                                          java.awt.Rectangle area) {
        var colours = new java.util.TreeMap<Integer, Integer>();
        try (var grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
            grabber.start();
            Frame frame;
            int index = 0;
            while ((frame = grabber.grabImage()) != null) {
                if (wanted.test(index)) {
                    var buffer = (ByteBuffer) frame.image[0];
                    long r = 0;
                    long g = 0;
                    long b = 0;
                    for (int y = area.y; y < area.y + area.height; y++) {
                        for (int x = area.x; x < area.x + area.width; x++) {
                            int p = y * frame.imageStride + x * 3;
                            r += buffer.get(p) & 0xFF;
                            g += buffer.get(p + 1) & 0xFF;
                            b += buffer.get(p + 2) & 0xFF;
                        }
                    }
                    long n = (long) area.width * area.height;
                    colours.put(index, (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n));
                }
                index++;
            }
        } catch (FrameGrabber.Exception e) {
            throw new IllegalStateException(e);
        }
        return colours;
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
