package app.atelier.render.internal;

import app.atelier.render.RenderException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

/**
 * The photo a clip is cut from, decoded only as finely as the clip needs: a large photo is reduced
 * while it is read (JPEG by FFmpeg's decoder at 1/2, 1/4 or 1/8 of its size; other formats by ImageIO
 * reading every n-th pixel), so a 50-megapixel photo never sits in memory whole; then it is
 * area-averaged once to exactly the resolution the closest frame needs. Area averaging, rather than
 * per-frame bilinear sampling of the full photo, keeps fine lines from shimmering.
 */
public final class SourcePhoto {

    private SourcePhoto() {
    }

    /** The photo's size, read from its header without decoding it. */
    public static int[] size(Path photo) {
        try (ImageInputStream in = ImageIO.createImageInputStream(photo.toFile())) {
            var reader = readerFor(in, photo);
            try {
                reader.setInput(in, true, true);
                return new int[]{reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new RenderException("Cannot read the photo " + photo.getFileName(), e);
        }
    }

    /**
     * Decodes the photo scaled by {@code scale} (at most 1: never larger than the photo), as YUV planes
     * that know which part of the photo they cover.
     */
    public static DecodedPhoto decode(Path photo, double scale) {
        double wanted = Math.min(1, scale);
        // read at most twice the target, so that the area average still has pixels to average
        int step = Math.max(1, (int) Math.floor(1 / (2 * wanted)));
        if (isJpeg(photo)) {
            try {
                return decodeJpeg(photo, step, wanted);
            } catch (RuntimeException ffmpegRefused) {
                // fall through to ImageIO, which reads the rarer variants (CMYK, ...)
            }
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(photo.toFile())) {
            var reader = readerFor(in, photo);
            try {
                reader.setInput(in, true, true);
                var param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                // each decoded pixel is the photo pixel at k * step: its centre is at k * step + 0.5
                return planes(RowReader.of(image), image.getWidth(), image.getHeight(), step, 0.5 - step / 2.0, wanted);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw e instanceof RenderException renderException ? renderException
                    : new RenderException("Cannot decode the photo " + photo.getFileName(), e);
        }
    }

    /**
     * JPEG through FFmpeg's decoder: several times faster than ImageIO's, and able to decode at 1/2,
     * 1/4 or 1/8 of the size directly from the DCT (its "lowres" mode, itself an area average).
     */
    static DecodedPhoto decodeJpeg(Path photo, int step, double wanted) {
        FfmpegLogging.ensureQuiet();
        int lowres = step >= 8 ? 3 : step >= 4 ? 2 : step >= 2 ? 1 : 0;
        try (var grabber = new FFmpegFrameGrabber(photo.toFile())) {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_BGR24);
            if (lowres > 0) {
                grabber.setVideoOption("lowres", Integer.toString(lowres));
            }
            grabber.start();
            Frame frame = grabber.grabImage();
            if (frame == null || frame.image == null) {
                throw new RenderException("FFmpeg found no picture in " + photo.getFileName());
            }
            var pixels = (ByteBuffer) frame.image[0];
            int stride = frame.imageStride;
            int width = frame.imageWidth;
            RowReader reader = (y, red, green, blue) -> {
                byte[] row = new byte[width * 3];
                pixels.get(y * stride, row, 0, row.length);
                for (int x = 0, i = 0; x < width; x++, i += 3) {
                    blue[x] = row[i] & 255;
                    green[x] = row[i + 1] & 255;
                    red[x] = row[i + 2] & 255;
                }
            };
            return planes(reader, width, frame.imageHeight, 1 << lowres, 0, wanted);
        } catch (FrameGrabber.Exception e) {
            throw new RenderException("FFmpeg cannot decode " + photo.getFileName(), e);
        }
    }

    /**
     * Area-averages a decoded picture to its target size as YUV planes.
     *
     * @param pixelSize photo pixels per decoded pixel
     * @param origin    where the first decoded pixel starts on the photo
     */
    private static DecodedPhoto planes(RowReader reader, int width, int height, int pixelSize, double origin,
                                       double wanted) {
        int targetWidth = Math.max(2, Math.min(width, (int) Math.round(width * pixelSize * wanted)));
        int targetHeight = Math.max(2, Math.min(height, (int) Math.round(height * pixelSize * wanted)));
        var planes = YuvPlanes.fromRgb(areaAverage(reader, width, height, targetWidth, targetHeight), targetWidth,
                targetHeight);
        return new DecodedPhoto(planes, origin, origin, (double) width * pixelSize / targetWidth,
                (double) height * pixelSize / targetHeight);
    }

    private static boolean isJpeg(Path photo) {
        try (var in = Files.newInputStream(photo)) {
            byte[] magic = in.readNBytes(3);
            return magic.length == 3 && (magic[0] & 255) == 0xFF && (magic[1] & 255) == 0xD8 && (magic[2] & 255) == 0xFF;
        } catch (IOException e) {
            return false;
        }
    }

    private static ImageReader readerFor(ImageInputStream in, Path photo) {
        if (in == null) {
            throw new RenderException("Cannot open the photo " + photo.getFileName());
        }
        var readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new RenderException("Not an image format this engine reads: " + photo.getFileName());
        }
        return readers.next();
    }

    /**
     * Box-filters the image to the target size, each target pixel the exact area-weighted mean of
     * the source pixels it covers (fixed-point weights, 1/16384). Reads the source one row at a time;
     * alpha is composed on white.
     */
    static int[] areaAverage(BufferedImage image, int targetWidth, int targetHeight) {
        return areaAverage(RowReader.of(image), image.getWidth(), image.getHeight(), targetWidth, targetHeight);
    }

    static int[] areaAverage(RowReader reader, int sourceWidth, int sourceHeight, int targetWidth, int targetHeight) {
        var columns = Weights.of(sourceWidth, targetWidth);
        var rows = Weights.of(sourceHeight, targetHeight);
        int[] result = new int[targetWidth * targetHeight];
        // bands of target rows are independent: this runs before the encoder starts, while cores are idle
        int bands = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), targetHeight / 64));
        IntStream.range(0, bands).parallel().forEach(band -> averageRows(reader, sourceWidth, columns, rows,
                band * targetHeight / bands, (band + 1) * targetHeight / bands, result));
        return result;
    }

    private static void averageRows(RowReader reader, int sourceWidth, Weights columns, Weights rows, int firstRow,
                                    int endRow, int[] result) {
        int targetWidth = columns.count.length;
        int[] red = new int[sourceWidth];
        int[] green = new int[sourceWidth];
        int[] blue = new int[sourceWidth];
        // per target column, the weighted sum of one source row, in 1/256 units (0..65280)
        int[] rowRed = new int[targetWidth];
        int[] rowGreen = new int[targetWidth];
        int[] rowBlue = new int[targetWidth];
        long[] accumulated = new long[targetWidth * 3];
        int lastRead = -1;
        for (int ty = firstRow; ty < endRow; ty++) {
            java.util.Arrays.fill(accumulated, 0);
            for (int k = 0; k < rows.count[ty]; k++) {
                int sy = rows.start[ty] + k;
                if (sy != lastRead) {
                    reader.read(sy, red, green, blue);
                    horizontal(columns, red, green, blue, rowRed, rowGreen, rowBlue);
                    lastRead = sy;
                }
                long weight = rows.weight[ty][k];
                for (int tx = 0; tx < targetWidth; tx++) {
                    accumulated[3 * tx] += weight * rowRed[tx];
                    accumulated[3 * tx + 1] += weight * rowGreen[tx];
                    accumulated[3 * tx + 2] += weight * rowBlue[tx];
                }
            }
            int out = ty * targetWidth;
            for (int tx = 0; tx < targetWidth; tx++) {
                result[out + tx] = (channel(accumulated[3 * tx]) << 16) | (channel(accumulated[3 * tx + 1]) << 8)
                        | channel(accumulated[3 * tx + 2]);
            }
        }
    }

    private static void horizontal(Weights columns, int[] red, int[] green, int[] blue, int[] rowRed, int[] rowGreen,
                                   int[] rowBlue) {
        for (int tx = 0; tx < rowRed.length; tx++) {
            int r = 0;
            int g = 0;
            int b = 0;
            int[] weights = columns.weight[tx];
            int from = columns.start[tx];
            for (int k = 0; k < weights.length; k++) {
                int w = weights[k];
                r += w * red[from + k];
                g += w * green[from + k];
                b += w * blue[from + k];
            }
            rowRed[tx] = r >>> 6;
            rowGreen[tx] = g >>> 6;
            rowBlue[tx] = b >>> 6;
        }
    }

    /** 0..(16384 * 65280) back to 0..255, rounded. */
    private static int channel(long value) {
        return (int) Math.min(255, (value + (1L << 21)) >>> 22);
    }

    /** For each target pixel of one axis: the source pixels it covers and their weights (summing to 16384). */
    private record Weights(int[] start, int[] count, int[][] weight) {

        static Weights of(int sourceLength, int targetLength) {
            double scale = (double) sourceLength / targetLength;
            int[] start = new int[targetLength];
            int[] count = new int[targetLength];
            int[][] weight = new int[targetLength][];
            for (int t = 0; t < targetLength; t++) {
                double from = t * scale;
                double to = from + scale;
                start[t] = (int) Math.floor(from);
                int end = Math.min(sourceLength, (int) Math.ceil(to));
                count[t] = end - start[t];
                weight[t] = new int[count[t]];
                int total = 0;
                for (int s = start[t]; s < end; s++) {
                    weight[t][s - start[t]] = (int) Math.round((Math.min(to, s + 1) - Math.max(from, s)) / scale * 16384);
                    total += weight[t][s - start[t]];
                }
                weight[t][count[t] - 1] += 16384 - total;
            }
            return new Weights(start, count, weight);
        }
    }

    /**
     * Reads one row of a decoded picture into red, green and blue arrays (the usual layouts straight
     * from their bytes). Safe to call from several threads at once.
     */
    interface RowReader {

        void read(int y, int[] red, int[] green, int[] blue);

        static RowReader of(BufferedImage image) {
            int width = image.getWidth();
            var buffer = image.getRaster().getDataBuffer();
            if (image.getType() == BufferedImage.TYPE_3BYTE_BGR && buffer instanceof DataBufferByte bytes
                    && image.getRaster().getSampleModel() instanceof ComponentSampleModel model
                    && model.getPixelStride() == 3) {
                byte[] data = bytes.getData();
                int stride = model.getScanlineStride();
                return (y, red, green, blue) -> {
                    int offset = y * stride;
                    for (int x = 0; x < width; x++, offset += 3) {
                        blue[x] = data[offset] & 255;
                        green[x] = data[offset + 1] & 255;
                        red[x] = data[offset + 2] & 255;
                    }
                };
            }
            if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && buffer instanceof DataBufferByte bytes
                    && image.getRaster().getSampleModel() instanceof ComponentSampleModel model) {
                byte[] data = bytes.getData();
                int stride = model.getScanlineStride();
                return (y, red, green, blue) -> {
                    int offset = y * stride;
                    for (int x = 0; x < width; x++) {
                        int v = data[offset + x] & 255;
                        red[x] = v;
                        green[x] = v;
                        blue[x] = v;
                    }
                };
            }
            boolean alpha = image.getColorModel().hasAlpha();
            return (y, red, green, blue) -> {
                int[] row = image.getRGB(0, y, width, 1, null, 0, width);
                for (int x = 0; x < width; x++) {
                    int c = alpha ? overWhite(row[x]) : row[x];
                    red[x] = (c >> 16) & 255;
                    green[x] = (c >> 8) & 255;
                    blue[x] = c & 255;
                }
            };
        }
    }

    private static int overWhite(int argb) {
        int a = (argb >>> 24) & 255;
        int r = ((argb >> 16) & 255) * a / 255 + 255 - a;
        int g = ((argb >> 8) & 255) * a / 255 + 255 - a;
        int b = (argb & 255) * a / 255 + 255 - a;
        return (r << 16) | (g << 8) | b;
    }

}
