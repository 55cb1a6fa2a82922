package app.atelier.media.internal;

import app.atelier.media.ImageFormat;
import app.atelier.media.MediaProperties;
import app.atelier.media.PhotoImport;
import app.atelier.media.PhotoRefusal;
import app.atelier.media.PhotoStaging;
import app.atelier.media.StagedPhoto;
import app.atelier.media.storage.Storage;
import app.atelier.media.storage.StorageException;
import net.coobird.thumbnailator.Thumbnails;
import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Semaphore;

/**
 * Turns bytes into a stored photo, or into a reason why not. In order: the size while the bytes
 * arrive; the format from the content (never the name); the pixel count from the header (so a
 * decompression bomb costs nothing); the smallest side; then the decode. A photo whose EXIF says it
 * is turned is stored upright once, so that nothing downstream has to care. Thumbnails of 320 and
 * 1280 pixels are made at import. A refused or failed import leaves no file and no row.
 */
@Component
public class PhotoImporter {

    static final int SMALL_THUMBNAIL = 320;
    static final int LARGE_THUMBNAIL = 1280;
    private static final float THUMBNAIL_QUALITY = 0.85f;
    private static final float UPRIGHT_QUALITY = 0.95f;
    private static final long MEGABYTE = 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(PhotoImporter.class);

    private final MediaProperties limits;
    private final Storage storage;
    private final AssetRepository assets;
    private final PhotoRepository photos;
    private final TransactionTemplate transaction;
    private final TempFiles tempFiles;
    private final Tika tika = new Tika();
    // Decoding a large photo takes a lot of memory: a few at a time.
    private final Semaphore decoding = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));

    PhotoImporter(MediaProperties limits, Storage storage, AssetRepository assets, PhotoRepository photos,
                  TransactionTemplate transaction, TempFiles tempFiles) {
        this.limits = limits;
        this.storage = storage;
        this.assets = assets;
        this.photos = photos;
        this.transaction = transaction;
        this.tempFiles = tempFiles;
    }

    /** Copies at most the size limit into a work file; empty when the content goes over it. */
    public Path receive(InputStream content) throws IOException, TooLargeException {
        var file = tempFiles.create(".upload");
        try (var out = Files.newOutputStream(file)) {
            copyAtMost(content, out, limits.maxSize().toBytes());
            return file;
        } catch (IOException | TooLargeException | RuntimeException e) {
            TempFiles.delete(file);
            throw e;
        }
    }

    static void copyAtMost(InputStream in, OutputStream out, long limit) throws IOException, TooLargeException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) >= 0) {
            total += read;
            if (total > limit) {
                throw new TooLargeException();
            }
            out.write(buffer, 0, read);
        }
    }

    public PhotoImport.Refused tooLarge() {
        return new PhotoImport.Refused(PhotoRefusal.TOO_LARGE, limits.maxSize().toBytes() / MEGABYTE);
    }

    /** Imports a received work file (which it deletes). */
    public PhotoImport importFile(UUID teamId, Path file, String fileName, @Nullable String sourceUrl) {
        try {
            return checkAndStore(teamId, file, displayName(fileName), sourceUrl);
        } finally {
            TempFiles.delete(file);
        }
    }

    private PhotoImport checkAndStore(UUID teamId, Path file, String fileName, @Nullable String sourceUrl) {
        return switch (check(file)) {
            case Checked.Refused(var refused) -> refused;
            case Checked.Fit fit -> {
                decoding.acquireUninterruptibly();
                var made = new ArrayList<Path>();
                try {
                    yield store(teamId, file, fileName, sourceUrl, fit.format(), made);
                } catch (IOException | RuntimeException e) {
                    if (e instanceof StorageException) {
                        log.error("Storing a photo failed", e);
                        yield new PhotoImport.Refused(PhotoRefusal.STORAGE_FAILED);
                    }
                    log.info("A photo could not be decoded: {}", e.toString());
                    yield new PhotoImport.Refused(PhotoRefusal.DAMAGED);
                } finally {
                    decoding.release();
                    made.forEach(TempFiles::delete);
                }
            }
        };
    }

    /**
     * Checks a fetched work file like an import, without storing it: the file stays for
     * {@link #importFile} to store or for the caller to delete (a refused one is deleted here).
     */
    public PhotoStaging stage(Path file, String fileName, String sourceUrl) {
        return switch (check(file)) {
            case Checked.Refused(var refused) -> {
                TempFiles.delete(file);
                yield new PhotoStaging.Refused(refused.reason(), refused.arguments());
            }
            case Checked.Fit fit -> {
                boolean turned = (fit.format() == ImageFormat.JPEG || fit.format() == ImageFormat.WEBP)
                        && ExifOrientation.swapsSides(ExifOrientation.of(file));
                yield new PhotoStaging.Staged(new StagedPhoto(file, displayName(fileName), sourceUrl, fit.format(),
                        turned ? fit.height() : fit.width(), turned ? fit.width() : fit.height()));
            }
        };
    }

    /** What the checks before decoding found: a photo worth decoding, or why not. */
    private sealed interface Checked {
        record Fit(ImageFormat format, int width, int height) implements Checked {
        }

        record Refused(PhotoImport.Refused refused) implements Checked {
        }
    }

    private Checked check(Path file) {
        String mediaType;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            if (Files.size(file) == 0) {
                return refused(PhotoRefusal.EMPTY);
            }
            mediaType = tika.detect(in);
        } catch (IOException e) {
            return refused(PhotoRefusal.DAMAGED);
        }
        var format = ImageFormat.ofMediaType(mediaType);
        if (format.isEmpty()) {
            return mediaType.startsWith("image/")
                    ? refused(PhotoRefusal.UNSUPPORTED_FORMAT, formatName(mediaType))
                    : refused(PhotoRefusal.NOT_AN_IMAGE);
        }
        var size = Images.size(file);
        if (size.isEmpty()) {
            return refused(PhotoRefusal.DAMAGED);
        }
        long pixels = (long) size.get()[0] * size.get()[1];
        if (pixels > limits.maxPixels()) {
            return refused(PhotoRefusal.TOO_MANY_PIXELS, limits.maxPixels() / 1_000_000, (pixels + 500_000) / 1_000_000);
        }
        if (Math.min(size.get()[0], size.get()[1]) < limits.minSide()) {
            return refused(PhotoRefusal.TOO_SMALL, limits.minSide());
        }
        return new Checked.Fit(format.get(), size.get()[0], size.get()[1]);
    }

    private static Checked refused(PhotoRefusal reason, Object... arguments) {
        return new Checked.Refused(new PhotoImport.Refused(reason, arguments));
    }

    private PhotoImport store(UUID teamId, Path file, String fileName, @Nullable String sourceUrl, ImageFormat format,
                              List<Path> made) throws IOException {
        int orientation = format == ImageFormat.JPEG || format == ImageFormat.WEBP ? ExifOrientation.of(file)
                : ExifOrientation.UPRIGHT;
        var original = file;
        var originalFormat = format;
        BufferedImage upright;
        if (orientation != ExifOrientation.UPRIGHT) {
            upright = ExifOrientation.upright(decodeWhole(file), orientation);
            originalFormat = format == ImageFormat.JPEG ? ImageFormat.JPEG : ImageFormat.PNG;
            original = tempFiles.create("." + originalFormat.extension());
            made.add(original);
            if (originalFormat == ImageFormat.JPEG) {
                Images.writeJpeg(upright, original, UPRIGHT_QUALITY);
            } else {
                Images.writePng(upright, original);
            }
        } else {
            upright = decodeForThumbnails(file);
        }
        var storedFormat = originalFormat;
        var size = Images.size(original).orElseThrow(() -> new IOException("Unreadable after turning upright"));
        var small = thumbnail(upright, SMALL_THUMBNAIL, made);
        var large = thumbnail(upright, LARGE_THUMBNAIL, made);

        var folder = "team/" + teamId + "/photos/" + UUID.randomUUID().toString().toLowerCase(Locale.ROOT);
        var keys = new ArrayList<String>();
        try {
            var originalAsset = put(teamId, AssetKind.PHOTO_ORIGINAL, folder + "/original." + storedFormat.extension(),
                    original, storedFormat.mediaType(), size, keys);
            var smallAsset = put(teamId, AssetKind.THUMBNAIL_SMALL, folder + "/thumbnail-" + SMALL_THUMBNAIL + ".jpg",
                    small, "image/jpeg", Images.size(small).orElseThrow(), keys);
            var largeAsset = put(teamId, AssetKind.THUMBNAIL_LARGE, folder + "/thumbnail-" + LARGE_THUMBNAIL + ".jpg",
                    large, "image/jpeg", Images.size(large).orElseThrow(), keys);
            var photo = Objects.requireNonNull(transaction.execute(status -> {
                assets.save(originalAsset);
                assets.save(smallAsset);
                assets.save(largeAsset);
                // flushed: inside a caller's transaction, what it writes next with SQL (the project's link) refers to the row
                return photos.saveAndFlush(new Photo(teamId, originalAsset, smallAsset, largeAsset, fileName, sourceUrl,
                        storedFormat, size[0], size[1]));
            }));
            deleteOnRollback(keys);
            log.info("Imported photo {} ({}x{} {}) for team {}", photo.id(), size[0], size[1], storedFormat, teamId);
            return new PhotoImport.Imported(photo.summary());
        } catch (RuntimeException e) {
            keys.forEach(key -> {
                try {
                    storage.delete(key);
                } catch (StorageException cleanup) {
                    log.warn("Could not remove {} after a failed import", key, cleanup);
                }
            });
            throw e;
        }
    }

    /** Inside a caller's transaction (a request stored with its photos), the files go if it rolls back. */
    private void deleteOnRollback(List<String> keys) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        var stored = List.copyOf(keys);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    stored.forEach(key -> {
                        try {
                            storage.delete(key);
                        } catch (StorageException cleanup) {
                            log.warn("Could not remove {} after a rolled-back import", key, cleanup);
                        }
                    });
                }
            }
        });
    }

    private Asset put(UUID teamId, AssetKind kind, String key, Path file, String contentType, int[] size,
                      List<String> keys) throws IOException {
        storage.put(key, file, contentType);
        keys.add(key);
        return new Asset(teamId, kind, key, contentType, Files.size(file), size[0], size[1]);
    }

    private static BufferedImage decodeWhole(Path file) throws IOException {
        return Images.read(file, 1);
    }

    /** Decodes just finely enough for the large thumbnail (at least twice its size, for a clean downscale). */
    private static BufferedImage decodeForThumbnails(Path file) throws IOException {
        var size = Images.size(file).orElseThrow(() -> new IOException("Unreadable"));
        int step = Math.max(1, Math.max(size[0], size[1]) / (2 * LARGE_THUMBNAIL));
        return Images.read(file, step);
    }

    private Path thumbnail(BufferedImage image, int longSide, List<Path> made) throws IOException {
        var file = tempFiles.create(".jpg");
        made.add(file);
        double scale = Math.min(1.0, (double) longSide / Math.max(image.getWidth(), image.getHeight()));
        Thumbnails.of(Images.flattened(image)).scale(scale).outputFormat("jpg").outputQuality(THUMBNAIL_QUALITY)
                .toFile(file.toFile());
        return file;
    }

    /** What to show of a name given by an uploader: no folders, no control characters, at most 255 characters. */
    static String displayName(String fileName) {
        var name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "photo";
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    private static String formatName(String mediaType) {
        var subtype = mediaType.substring(mediaType.indexOf('/') + 1);
        int plus = subtype.indexOf('+');
        subtype = plus > 0 ? subtype.substring(0, plus) : subtype;
        return subtype.replaceFirst("^x-", "").toUpperCase(Locale.ROOT);
    }

    /** The content went over the size limit while it arrived. */
    public static final class TooLargeException extends Exception {

        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super("Over the size limit", null, false, false);
        }
    }
}
