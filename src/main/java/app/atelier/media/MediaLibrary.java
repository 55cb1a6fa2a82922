package app.atelier.media;

import app.atelier.media.internal.Asset;
import app.atelier.media.internal.AssetKind;
import app.atelier.media.internal.AssetRepository;
import app.atelier.media.internal.ImageConformer;
import app.atelier.media.internal.Images;
import app.atelier.media.internal.Photo;
import app.atelier.media.internal.PhotoImporter;
import app.atelier.media.internal.PhotoRepository;
import app.atelier.media.internal.ResultFetcher;
import app.atelier.media.internal.SignedLinks;
import app.atelier.media.internal.TempFiles;
import app.atelier.media.internal.UrlFetcher;
import app.atelier.media.storage.Storage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A team's photos and files. Callers decide whose team it is (they check the member); the library
 * keeps every file inside that team. Members reach files at {@link #memberUrl}; vendors get an
 * expiring {@link #vendorLink}.
 */
@Service
public class MediaLibrary {

    private final PhotoImporter importer;
    private final UrlFetcher fetcher;
    private final PhotoRepository photos;
    private final AssetRepository assets;
    private final SignedLinks links;
    private final ImageConformer conformer;
    private final MediaProperties limits;
    private final Storage storage;
    private final ResultFetcher results;
    private final TempFiles temp;

    MediaLibrary(PhotoImporter importer, UrlFetcher fetcher, PhotoRepository photos, AssetRepository assets,
                 SignedLinks links, ImageConformer conformer, MediaProperties limits, Storage storage,
                 ResultFetcher results, TempFiles temp) {
        this.temp = temp;
        this.importer = importer;
        this.fetcher = fetcher;
        this.photos = photos;
        this.assets = assets;
        this.links = links;
        this.conformer = conformer;
        this.limits = limits;
        this.storage = storage;
        this.results = results;
    }

    public MediaProperties limits() {
        return limits;
    }

    /** Imports uploaded bytes; {@code fileName} is only shown, never used to store. */
    public PhotoImport importUpload(UUID teamId, String fileName, InputStream content) {
        try {
            return importer.importFile(teamId, importer.receive(content), fileName, null);
        } catch (PhotoImporter.TooLargeException e) {
            return importer.tooLarge();
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be received", e);
        }
    }

    /** Fetches a photo from a public web address and imports it. */
    public PhotoImport importFromUrl(UUID teamId, String url) {
        return switch (fetcher.fetch(url)) {
            case UrlFetcher.Fetch.Fetched fetched ->
                    importer.importFile(teamId, fetched.file(), fetched.fileName(), fetched.url());
            case UrlFetcher.Fetch.Failed failed -> new PhotoImport.Refused(failed.reason(), failed.arguments());
        };
    }

    /**
     * Fetches a photo from a public web address and checks it as an import would, without storing it:
     * for a request that stores its photos only once it is known to be acceptable.
     */
    public PhotoStaging stage(String url) {
        return switch (fetcher.fetch(url)) {
            case UrlFetcher.Fetch.Fetched fetched -> importer.stage(fetched.file(), fetched.fileName(), fetched.url());
            case UrlFetcher.Fetch.Failed failed -> new PhotoStaging.Refused(failed.reason(), failed.arguments());
        };
    }

    /**
     * Stores a staged photo as a photo of the team (its work file goes). Inside a transaction, what it
     * stored goes again if the transaction rolls back.
     */
    public PhotoImport keep(UUID teamId, StagedPhoto staged) {
        return importer.importFile(teamId, staged.file(), staged.fileName(), staged.sourceUrl());
    }

    /** Lets a staged photo go without storing it. */
    public void discard(StagedPhoto staged) {
        TempFiles.delete(staged.file());
    }

    /** Whether a photo of this size can be conformed to the constraints (see {@link PhotoPreflight#fits}). */
    public static boolean fits(int width, int height, ImageConstraints constraints) {
        return ImageConformer.canFit(width, height, constraints);
    }

    /**
     * Fetches a mask from a public web address (under the same rules as photo imports) for a photo of
     * {@code width} x {@code height}: it must be an image of exactly that size; white is the zone.
     */
    public MaskImport maskFromUrl(String url, int width, int height) {
        return switch (fetcher.fetch(url)) {
            case UrlFetcher.Fetch.Failed failed -> new MaskImport.Refused(failed.reason(), failed.arguments());
            case UrlFetcher.Fetch.Fetched fetched -> {
                try {
                    var size = Images.size(fetched.file());
                    if (size.isEmpty()) {
                        yield new MaskImport.Refused(PhotoRefusal.NOT_AN_IMAGE, List.of());
                    }
                    if (size.get()[0] != width || size.get()[1] != height) {
                        yield new MaskImport.WrongSize(size.get()[0], size.get()[1]);
                    }
                    var bytes = Files.readAllBytes(fetched.file());
                    yield MaskConvention.read(bytes, width, height).<MaskImport>map(MaskImport.Fetched::new)
                            .orElseGet(() -> new MaskImport.Refused(PhotoRefusal.DAMAGED, List.of()));
                } catch (IOException e) {
                    yield new MaskImport.Refused(PhotoRefusal.URL_UNREACHABLE, List.of());
                } finally {
                    TempFiles.delete(fetched.file());
                }
            }
        };
    }

    /**
     * An expiring link anyone holding it can fetch the file from (a script's copy of a result): at
     * {@code <public-url>/public/media/<token>/<fileName>}.
     */
    public URI signedLink(UUID teamId, UUID asset, Duration lifetime, String fileName) {
        assets.findById(asset).filter(found -> found.teamId().equals(teamId))
                .orElseThrow(() -> new IllegalArgumentException("No file " + asset));
        return URI.create(links.linkTo(asset, lifetime) + "/" + URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                .replace("+", "%20"));
    }

    @Transactional(readOnly = true)
    public Optional<PhotoSummary> photo(UUID teamId, UUID photoId) {
        return photos.findByIdAndTeamId(photoId, teamId).map(Photo::summary);
    }

    /** The team's photos among {@code ids}, oldest first. */
    @Transactional(readOnly = true)
    public List<PhotoSummary> photos(UUID teamId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return photos.findByTeamIdAndIdIn(teamId, ids).stream()
                .map(Photo::summary)
                .sorted(Comparator.comparing(PhotoSummary::importedAt).thenComparing(PhotoSummary::id))
                .toList();
    }

    /**
     * What conforming will do to each of the team's photos among {@code ids} for a provider, said
     * before anything is sent; oldest first.
     */
    @Transactional(readOnly = true)
    public List<PhotoPreflight> preflight(UUID teamId, Collection<UUID> ids, ImageConstraints constraints) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return photos.findByTeamIdAndIdIn(teamId, ids).stream()
                .sorted(Comparator.comparing((Photo photo) -> photo.summary().importedAt()).thenComparing(Photo::id))
                .map(photo -> conformer.plan(photo.id(), photo.summary().fileName(), photo.original(),
                        photo.summary().format(), constraints))
                .toList();
    }

    /** A copy of the photo that fits a provider's constraints, or the photo itself when it does. */
    @Transactional
    public ConformedImage conform(UUID teamId, UUID photoId, ImageConstraints constraints) {
        var photo = photos.findByIdAndTeamId(photoId, teamId)
                .orElseThrow(() -> new IllegalArgumentException("No photo " + photoId + " in team " + teamId));
        return conformer.conform(photo.original(), photo.summary().format(), constraints);
    }

    /**
     * A stored image of the team (a mask, a photo's original) as a provider would receive it, as it is:
     * never resized, so that a mask keeps matching its photo.
     */
    @Transactional(readOnly = true)
    public Optional<ConformedImage> image(UUID teamId, UUID assetId) {
        return assets.findById(assetId)
                .filter(asset -> asset.teamId().equals(teamId))
                .filter(asset -> asset.width() != null && asset.height() != null)
                .flatMap(asset -> ImageFormat.ofMediaType(asset.contentType()).map(format -> new ConformedImage(asset.id(),
                        format, java.util.Objects.requireNonNull(asset.width()), java.util.Objects.requireNonNull(asset.height()),
                        asset.byteSize(), List.of())));
    }

    /** The format of each of the team's stored images among {@code ids}, read in one go (others are left out). */
    @Transactional(readOnly = true)
    public Map<UUID, ImageFormat> imageFormats(UUID teamId, Collection<UUID> ids) {
        var formats = new HashMap<UUID, ImageFormat>();
        assets.findAllById(ids).stream().filter(asset -> asset.teamId().equals(teamId))
                .forEach(asset -> ImageFormat.ofMediaType(asset.contentType()).ifPresent(format -> formats.put(asset.id(), format)));
        return formats;
    }

    /**
     * Writes a stored file of the team to {@code out} as it is read from storage (nothing is copied
     * aside first).
     *
     * @return the bytes written
     */
    @Transactional(readOnly = true)
    public long writeTo(UUID teamId, UUID assetId, OutputStream out) {
        var asset = assets.findById(assetId).filter(found -> found.teamId().equals(teamId))
                .orElseThrow(() -> new IllegalArgumentException("No file " + assetId + " in team " + teamId));
        try (var in = storage.open(asset.storageKey(), 0, -1)) {
            return in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + assetId, e);
        }
    }

    /** Copies a stored file of the team to {@code target} (a work file the caller deletes). */
    @Transactional(readOnly = true)
    public void copyTo(UUID teamId, UUID assetId, Path target) {
        copy(assets.findById(assetId).filter(found -> found.teamId().equals(teamId))
                .orElseThrow(() -> new IllegalArgumentException("No file " + assetId + " in team " + teamId)), target);
    }

    private void copy(Asset asset, Path target) {
        try (var in = storage.open(asset.storageKey(), 0, -1)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + asset.id(), e);
        }
    }

    /**
     * Stores a file a generation made, under a name we generate, inside the caller's transaction: if
     * that transaction rolls back, the stored file is deleted too. The caller still owns {@code file}.
     *
     * @return the stored file's id
     */
    @Transactional
    public UUID store(UUID teamId, Path file, StoredKind kind, int width, int height) {
        var folder = switch (kind) {
            case MASK -> "/masks/";
            case LOGO, MUSIC -> "/brand/";
            default -> "/results/";
        };
        var key = "team/" + teamId + folder + UUID.randomUUID() + "." + kind.extension();
        try {
            storage.put(key, file, kind.contentType());
            deleteOnRollback(key);
            var asset = assets.saveAndFlush(new Asset(teamId, switch (kind) {
                case VIDEO -> AssetKind.RESULT_VIDEO;
                case POSTER -> AssetKind.POSTER;
                case IMAGE_JPEG, IMAGE_PNG -> AssetKind.RESULT_IMAGE;
                case MASK -> AssetKind.MASK;
                case LOGO -> AssetKind.LOGO;
                case MUSIC -> AssetKind.MUSIC;
            }, key, kind.contentType(), Files.size(file), width, height));
            return asset.id();
        } catch (IOException | RuntimeException e) {
            storage.delete(key);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /**
     * Stores a mask a member drew ({@link MaskConvention}) inside the caller's transaction, like
     * {@link #store}: gone again if that transaction rolls back.
     *
     * @return the stored mask's id
     */
    @Transactional
    public UUID storeMask(UUID teamId, BufferedImage mask) {
        var file = temp.create(".png");
        try {
            Files.write(file, MaskConvention.png(mask));
            return store(teamId, file, StoredKind.MASK, mask.getWidth(), mask.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            TempFiles.delete(file);
        }
    }

    /** A stored mask of the team, read back as greyscale pixels; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<BufferedImage> mask(UUID teamId, UUID assetId) {
        return assets.findById(assetId)
                .filter(asset -> asset.teamId().equals(teamId))
                .filter(asset -> asset.width() != null && asset.height() != null)
                .flatMap(asset -> {
                    try (var in = storage.open(asset.storageKey(), 0, -1)) {
                        return MaskConvention.read(in.readAllBytes(), asset.width(), asset.height());
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read mask " + assetId, e);
                    }
                });
    }

    /**
     * Downloads a result a vendor made to a work file (the caller deletes it), under the same rules as
     * URL imports: public hosts only (but for {@code atelier.media.trusted-hosts}), bounded in time
     * and size ({@code atelier.media.max-result-size}).
     *
     * @throws ResultUnavailableException with the reason when it cannot be had
     */
    public Path download(URI url) {
        return switch (results.fetcher().fetch(results.locate(url).toString())) {
            case UrlFetcher.Fetch.Fetched fetched -> fetched.file();
            case UrlFetcher.Fetch.Failed failed -> throw new ResultUnavailableException(url, failed.reason(), failed.arguments());
        };
    }

    /**
     * Deletes stored files of the team: their rows in the caller's transaction, their bytes once it
     * has committed (a rollback keeps both). Files of another team are left alone.
     */
    @Transactional
    public void delete(UUID teamId, Collection<UUID> assetIds) {
        var found = assets.findAllById(assetIds).stream().filter(asset -> asset.teamId().equals(teamId)).toList();
        assets.deleteAll(found);
        assets.flush();
        deleteAfterCommit(found.stream().map(Asset::storageKey).toList());
    }

    /** Deletes photos of the team with their original and thumbnails (once nothing refers to them any more). */
    @Transactional
    public void deletePhotos(UUID teamId, Collection<UUID> photoIds) {
        var found = photos.findByTeamIdAndIdIn(teamId, photoIds);
        var files = found.stream().flatMap(photo -> Stream.of(photo.original().id(),
                photo.summary().thumbnailSmall(), photo.summary().thumbnailLarge())).toList();
        photos.deleteAll(found);
        photos.flush();
        delete(teamId, files);
    }

    private void deleteAfterCommit(List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            keys.forEach(storage::delete);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                keys.forEach(storage::delete);
            }
        });
    }

    private void deleteOnRollback(String key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_ROLLED_BACK) {
                        storage.delete(key);
                    }
                }
            });
        }
    }

    /** Where a member's browser reads a file (checked against their team on every request). */
    public static String memberUrl(UUID asset) {
        return "/media/" + asset;
    }

    /**
     * What a vendor would fetch through one of our signed links: the file is copied to {@code target}
     * when the link is genuine, unexpired and ours. Empty otherwise (a vendor would get a 404).
     *
     * @return the file's content type
     */
    @Transactional(readOnly = true)
    public Optional<String> copyLinked(URI link, Path target) {
        var path = link.getRawPath();
        if (path == null || !path.startsWith(SignedLinks.PUBLIC_PATH)) {
            return Optional.empty();
        }
        return links.verify(path.substring(SignedLinks.PUBLIC_PATH.length())).flatMap(assets::findById).map(asset -> {
            copy(asset, target);
            return asset.contentType();
        });
    }

    /** An expiring link a vendor can fetch the file from, without an account. */
    public URI vendorLink(UUID asset) {
        assets.findById(asset).orElseThrow(() -> new IllegalArgumentException("No file " + asset));
        return links.linkTo(asset, limits.linkLifetime());
    }
}
