package app.atelier.media;

import javax.imageio.ImageIO;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a mask is, in one place: a greyscale PNG exactly the size of its photo, white (255) where
 * something is to be created, black (0) where the photo is kept; greys only on a softened edge.
 * It is always an image of its own, never a canvas's transparency. Should a vendor ever want it the
 * other way round, {@link #ZONE} and {@link #KEEP} are the only values to swap.
 */
public final class MaskConvention {

    /** The value of a pixel in the zone to create. */
    public static final int ZONE = 255;
    /** The value of a pixel of the photo to keep. */
    public static final int KEEP = 0;
    /** Below this share of the photo a zone is too small to mean anything. */
    public static final double LEAST_COVERAGE = 0.001;
    /** Above this share there is hardly any photo left to keep. */
    public static final double MOST_COVERAGE = 0.95;
    /** Below this share of the photo a zone is likely a slip of the brush: the member is asked before it is sent. */
    public static final double SMALL_COVERAGE = 0.01;
    /** The largest image read as a mask, in pixels (its header says, before anything is decoded). */
    static final long MAX_PIXELS = 100_000_000;

    private MaskConvention() {
    }

    /** Whether a grey level counts as the zone to create. */
    public static boolean inZone(int grey) {
        return (grey >= 128) == (ZONE >= 128);
    }

    /** A mask of the given size where nothing is to be created. */
    public static BufferedImage blank(int width, int height) {
        var mask = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        if (KEEP != 0) {
            fill(mask, KEEP);
        }
        return mask;
    }

    /** Paints the whole mask with one value. */
    public static void fill(BufferedImage mask, int value) {
        Arrays.fill(pixels(mask), (byte) value);
    }

    /** The grey levels of a {@link BufferedImage#TYPE_BYTE_GRAY} mask, to read and write in place. */
    public static byte[] pixels(BufferedImage mask) {
        if (mask.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new IllegalArgumentException("A mask is a greyscale image");
        }
        return ((DataBufferByte) mask.getRaster().getDataBuffer()).getData();
    }

    /**
     * Any image read as a mask for a photo of the given size: scaled to it, then each pixel made
     * {@link #ZONE} or {@link #KEEP} by its brightness (transparent pixels are kept). Empty when the
     * bytes are no image Java can read.
     */
    public static Optional<BufferedImage> read(byte[] image, int width, int height) {
        var source = decode(image);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(scaled(source.get(), width, height));
    }

    /**
     * A mask fitted to a photo of the given size: the same mask when it already is a greyscale mask
     * of that size, otherwise scaled and made {@link #ZONE} or {@link #KEEP} pixel by pixel.
     */
    public static BufferedImage fitted(BufferedImage mask, int width, int height) {
        if (mask.getType() == BufferedImage.TYPE_BYTE_GRAY && mask.getWidth() == width && mask.getHeight() == height) {
            return mask;
        }
        return scaled(mask, width, height);
    }

    /** The image, unless it is none or claims more than {@link #MAX_PIXELS} pixels (read from its header first). */
    private static Optional<BufferedImage> decode(byte[] image) {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            var readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            var reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    return Optional.empty();
                }
                return Optional.ofNullable(reader.read(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static BufferedImage scaled(BufferedImage source, int width, int height) {
        var argb = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var g = argb.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        var mask = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        var out = pixels(mask);
        var row = new int[width];
        for (int y = 0; y < height; y++) {
            argb.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int p = row[x];
                int alpha = p >>> 24;
                int luma = (((p >> 16) & 0xff) * 299 + ((p >> 8) & 0xff) * 587 + (p & 0xff) * 114) / 1000;
                boolean zone = alpha >= 128 && luma >= 128;
                out[y * width + x] = (byte) (zone ? ZONE : KEEP);
            }
        }
        return mask;
    }

    /** The share of the mask (0 to 1) that is in the zone to create. */
    public static double coverage(BufferedImage mask) {
        var pixels = pixels(mask);
        long zone = 0;
        for (byte pixel : pixels) {
            if (inZone(pixel & 0xff)) {
                zone++;
            }
        }
        return pixels.length == 0 ? 0 : (double) zone / pixels.length;
    }

    /** What is wrong with a zone covering this share of its photo, as an i18n key, if anything. */
    public static Optional<String> problem(double coverage) {
        if (coverage < LEAST_COVERAGE) {
            return Optional.of("mask.error.empty");
        }
        if (coverage > MOST_COVERAGE) {
            return Optional.of("mask.error.full");
        }
        return Optional.empty();
    }

    /** The mask as PNG bytes. */
    public static byte[] png(BufferedImage mask) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(mask, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
