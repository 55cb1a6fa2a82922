package app.atelier.media;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Photos made for tests, each with something recognisable in it. */
public final class TestPhotos {

    private TestPhotos() {
    }

    /** A gradient with a red square in the top-left corner, so that turns and flips can be seen. */
    public static BufferedImage picture(int width, int height, boolean alpha) {
        var image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = 40 + 150 * x / width;
                int g = 90 + 120 * y / height;
                int a = alpha ? (x < width / 2 ? 255 : 96) : 255;
                image.setRGB(x, y, (a << 24) | (r << 16) | (g << 8) | 160);
            }
        }
        var graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width / 8, height / 8);
        graphics.dispose();
        return image;
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, false), "jpeg");
    }

    public static byte[] png(int width, int height, boolean alpha) {
        return encode(picture(width, height, alpha), "png");
    }

    public static byte[] bmp(int width, int height) {
        return encode(picture(width, height, false), "bmp");
    }

    public static byte[] webp() {
        try (var in = TestPhotos.class.getResourceAsStream("/photos/terrace.webp")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG whose EXIF says how it must be turned to be upright (1 to 8). */
    public static byte[] jpegWithOrientation(int width, int height, int orientation) {
        byte[] jpeg = jpeg(width, height);
        var tiff = ByteBuffer.allocate(26)
                .put(new byte[]{'M', 'M', 0, 42}).putInt(8)          // big-endian TIFF, first IFD at 8
                .putShort((short) 1)                                    // one entry:
                .putShort((short) 0x0112).putShort((short) 3).putInt(1) // Orientation, SHORT, count 1
                .putShort((short) orientation).putShort((short) 0)
                .putInt(0)                                              // no next IFD
                .array();
        var app1 = ByteBuffer.allocate(4 + 6 + tiff.length)
                .put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length))
                .put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0)
                .put(tiff)
                .array();
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);                 // SOI
        out.write(app1, 0, app1.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** Only a PNG header, claiming a size that would take gigabytes to decode. */
    public static byte[] pngHeaderClaiming(int width, int height) {
        var header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.writeBytes(chunk("IHDR", header));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    /** {@code size} bytes of a JPEG-looking stream, generated as it is read. */
    public static InputStream endless(long size) {
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= size) {
                    return -1;
                }
                return (int) (position++ < 3 ? new int[]{0xFF, 0xD8, 0xFF}[(int) position - 1] : position & 0x7F);
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position >= size) {
                    return -1;
                }
                int count = (int) Math.min(length, size - position);
                for (int i = 0; i < count; i++) {
                    buffer[offset + i] = (byte) read();
                }
                return count;
            }
        };
    }

    private static byte[] chunk(String type, byte[] data) {
        var crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length)
                .put(type.getBytes(StandardCharsets.US_ASCII)).put(data).putInt((int) crc.getValue()).array();
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            var out = new ByteArrayOutputStream();
            if (format.equals("jpeg")) {
                var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
                try (var stream = ImageIO.createImageOutputStream(out)) {
                    writer.setOutput(stream);
                    var param = writer.getDefaultWriteParam();
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(0.92f);
                    writer.write(null, new IIOImage(image, null, null), param);
                } finally {
                    writer.dispose();
                }
            } else if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
