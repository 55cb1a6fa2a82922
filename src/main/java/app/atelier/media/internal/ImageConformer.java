package app.atelier.media.internal;

import app.atelier.media.ConformedImage;
import app.atelier.media.ImageConstraints;
import app.atelier.media.ImageFormat;
import app.atelier.media.PhotoPreflight;
import app.atelier.media.storage.Storage;
import net.coobird.thumbnailator.Thumbnails;
import org.springframework.stereotype.Component;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

/**
 * Makes a copy of a photo that a provider accepts (format, sides, bytes, transparency), and says
 * what it changed. A photo that already fits is handed over as it is.
 */
@Component
public class ImageConformer {

    private static final float FIRST_QUALITY = 0.92f;
    private static final float LOWEST_QUALITY = 0.6f;

    private final Storage storage;
    private final AssetRepository assets;
    private final TempFiles tempFiles;

    ImageConformer(Storage storage, AssetRepository assets, TempFiles tempFiles) {
        this.storage = storage;
        this.assets = assets;
        this.tempFiles = tempFiles;
    }

    /**
     * What {@link #conform} would change, worked out from the photo's size and format (and, for the
     * formats that can have it, its transparency, read from the file's header).
     */
    public PhotoPreflight plan(UUID photo, String fileName, Asset original, ImageFormat format,
                               ImageConstraints constraints) {
        int width = java.util.Objects.requireNonNull(original.width());
        int height = java.util.Objects.requireNonNull(original.height());
        boolean alpha = format != ImageFormat.JPEG && !constraints.alphaAllowed() && hasAlpha(original);
        var changes = new ArrayList<ConformedImage.Change>();
        if (fits(format, width, height, original.byteSize(), alpha, constraints)) {
            return new PhotoPreflight(photo, fileName, width, height, changes, true);
        }
        if (alpha) {
            changes.add(new ConformedImage.Change(ConformedImage.Kind.ALPHA_FLATTENED, ""));
        }
        double scale = scaleFor(width, height, constraints);
        int newWidth = (int) Math.round(width * scale);
        int newHeight = (int) Math.round(height * scale);
        if (scale != 1.0) {
            changes.add(new ConformedImage.Change(ConformedImage.Kind.RESIZED,
                    width + "x" + height + " -> " + newWidth + "x" + newHeight));
        }
        boolean fits = canFit(width, height, constraints);
        // bytes scale with the pixel count, roughly: enough to say whether compression will be needed
        double estimatedBytes = original.byteSize() * scale * scale;
        boolean tooHeavy = estimatedBytes > constraints.maxBytes();
        boolean keepPng = format == ImageFormat.PNG && constraints.formats().contains(ImageFormat.PNG) && !tooHeavy;
        if (!keepPng && format != ImageFormat.JPEG) {
            changes.add(new ConformedImage.Change(ConformedImage.Kind.CONVERTED_TO_JPEG, format.name()));
        }
        if (tooHeavy) {
            changes.add(new ConformedImage.Change(ConformedImage.Kind.RECOMPRESSED, ""));
        }
        return new PhotoPreflight(photo, fileName, width, height, changes, fits);
    }

    public ConformedImage conform(Asset original, ImageFormat format, ImageConstraints constraints) {
        var work = tempFiles.create("." + format.extension());
        var made = new ArrayList<Path>();
        made.add(work);
        try {
            try (var in = storage.open(original.storageKey(), 0, -1)) {
                Files.copy(in, work, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            int width = java.util.Objects.requireNonNull(original.width());
            int height = java.util.Objects.requireNonNull(original.height());
            boolean alpha = hasAlpha(work);
            if (fits(format, width, height, original.byteSize(), alpha && !constraints.alphaAllowed(), constraints)) {
                return new ConformedImage(original.id(), format, width, height, original.byteSize(), java.util.List.of());
            }
            return makeCopy(original, format, constraints, work, alpha, made);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot conform " + original.storageKey(), e);
        } finally {
            made.forEach(TempFiles::delete);
        }
    }

    private static boolean fits(ImageFormat format, int width, int height, long bytes, boolean alphaToFlatten,
                                ImageConstraints constraints) {
        return constraints.formats().contains(format)
                && Math.max(width, height) <= constraints.maxSide()
                && Math.min(width, height) >= constraints.minSide()
                && bytes <= constraints.maxBytes()
                && !alphaToFlatten;
    }

    private ConformedImage makeCopy(Asset original, ImageFormat format, ImageConstraints constraints, Path work,
                                    boolean alpha, java.util.List<Path> made) throws IOException {
        var changes = new ArrayList<ConformedImage.Change>();
        BufferedImage image = Images.read(work, 1);
        if (alpha && !constraints.alphaAllowed()) {
            image = Images.flattened(image);
            changes.add(new ConformedImage.Change(ConformedImage.Kind.ALPHA_FLATTENED, ""));
        }
        double scale = scaleFor(image.getWidth(), image.getHeight(), constraints);
        if (scale != 1.0) {
            var resized = Thumbnails.of(image).scale(scale).asBufferedImage();
            changes.add(new ConformedImage.Change(ConformedImage.Kind.RESIZED,
                    image.getWidth() + "x" + image.getHeight() + " -> " + resized.getWidth() + "x" + resized.getHeight()));
            image = resized;
        }
        boolean keepPng = format == ImageFormat.PNG && constraints.formats().contains(ImageFormat.PNG)
                && (constraints.alphaAllowed() || !image.getColorModel().hasAlpha());
        var output = tempFiles.create(".img");
        made.add(output);
        ImageFormat outputFormat;
        if (keepPng) {
            Images.writePng(image, output);
            // a PNG over the byte limit is written as JPEG, like any other format
            keepPng = Files.size(output) <= constraints.maxBytes();
        }
        if (keepPng) {
            outputFormat = ImageFormat.PNG;
        } else {
            if (format != ImageFormat.JPEG) {
                changes.add(new ConformedImage.Change(ConformedImage.Kind.CONVERTED_TO_JPEG, format.name()));
            }
            outputFormat = ImageFormat.JPEG;
            float quality = FIRST_QUALITY;
            Images.writeJpeg(image, output, quality);
            while (Files.size(output) > constraints.maxBytes()) {
                if (quality > LOWEST_QUALITY) {
                    quality = Math.max(LOWEST_QUALITY, quality - 0.08f);
                } else {
                    var smaller = Thumbnails.of(image).scale(0.85).asBufferedImage();
                    if (Math.min(smaller.getWidth(), smaller.getHeight()) < constraints.minSide()) {
                        throw new IOException("Cannot fit " + constraints.maxBytes() + " bytes above the minimum side");
                    }
                    changes.add(new ConformedImage.Change(ConformedImage.Kind.RESIZED,
                            image.getWidth() + "x" + image.getHeight() + " -> " + smaller.getWidth() + "x" + smaller.getHeight()));
                    image = smaller;
                }
                Images.writeJpeg(image, output, quality);
            }
            if (quality < FIRST_QUALITY || original.byteSize() > constraints.maxBytes()) {
                changes.add(new ConformedImage.Change(ConformedImage.Kind.RECOMPRESSED,
                        String.format(Locale.ROOT, "%.2f", quality)));
            }
        }
        var key = "team/" + original.teamId() + "/conformed/" + UUID.randomUUID() + "." + outputFormat.extension();
        storage.put(key, output, outputFormat.mediaType());
        try {
            var asset = assets.save(new Asset(original.teamId(), AssetKind.CONFORMED, key, outputFormat.mediaType(),
                    Files.size(output), image.getWidth(), image.getHeight()));
            return new ConformedImage(asset.id(), outputFormat, image.getWidth(), image.getHeight(), asset.byteSize(),
                    java.util.List.copyOf(changes));
        } catch (RuntimeException e) {
            storage.delete(key);
            throw e;
        }
    }

    /** The scale that brings the sides within bounds: down to the largest side, or up to the smallest. */
    /** Whether a photo of this size, scaled to the constraints' sides, satisfies both of them. */
    public static boolean canFit(int width, int height, ImageConstraints constraints) {
        double scale = scaleFor(width, height, constraints);
        int newWidth = (int) Math.round(width * scale);
        int newHeight = (int) Math.round(height * scale);
        return Math.min(newWidth, newHeight) >= constraints.minSide() && Math.max(newWidth, newHeight) <= constraints.maxSide();
    }

    static double scaleFor(int width, int height, ImageConstraints constraints) {
        int longSide = Math.max(width, height);
        int shortSide = Math.min(width, height);
        if (longSide > constraints.maxSide()) {
            return (double) constraints.maxSide() / longSide;
        }
        if (shortSide < constraints.minSide()) {
            return Math.min((double) constraints.minSide() / shortSide, (double) constraints.maxSide() / longSide);
        }
        return 1.0;
    }

    private boolean hasAlpha(Asset original) {
        try (var stream = storage.open(original.storageKey(), 0, -1);
             ImageInputStream in = ImageIO.createImageInputStream(stream)) {
            return hasAlpha(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + original.storageKey(), e);
        }
    }

    private static boolean hasAlpha(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            return hasAlpha(in);
        }
    }

    private static boolean hasAlpha(@org.jspecify.annotations.Nullable ImageInputStream in) throws IOException {
        if (in == null) {
            return false;
        }
        var readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            return false;
        }
        var reader = readers.next();
        try {
            reader.setInput(in, true, true);
            var types = reader.getImageTypes(0);
            return types.hasNext() && types.next().getColorModel().hasAlpha();
        } finally {
            reader.dispose();
        }
    }
}
