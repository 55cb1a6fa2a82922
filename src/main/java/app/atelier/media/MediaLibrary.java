package app.atelier.media;

import app.atelier.media.internal.AssetRepository;
import app.atelier.media.internal.ImageConformer;
import app.atelier.media.internal.Photo;
import app.atelier.media.internal.PhotoImporter;
import app.atelier.media.internal.PhotoRepository;
import app.atelier.media.internal.SignedLinks;
import app.atelier.media.internal.UrlFetcher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

    MediaLibrary(PhotoImporter importer, UrlFetcher fetcher, PhotoRepository photos, AssetRepository assets,
                 SignedLinks links, ImageConformer conformer, MediaProperties limits) {
        this.importer = importer;
        this.fetcher = fetcher;
        this.photos = photos;
        this.assets = assets;
        this.links = links;
        this.conformer = conformer;
        this.limits = limits;
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

    /** A copy of the photo that fits a provider's constraints, or the photo itself when it does. */
    @Transactional
    public ConformedImage conform(UUID teamId, UUID photoId, ImageConstraints constraints) {
        var photo = photos.findByIdAndTeamId(photoId, teamId)
                .orElseThrow(() -> new IllegalArgumentException("No photo " + photoId + " in team " + teamId));
        return conformer.conform(photo.original(), photo.summary().format(), constraints);
    }

    /** Where a member's browser reads a file (checked against their team on every request). */
    public static String memberUrl(UUID asset) {
        return "/media/" + asset;
    }

    /** An expiring link a vendor can fetch the file from, without an account. */
    public URI vendorLink(UUID asset) {
        assets.findById(asset).orElseThrow(() -> new IllegalArgumentException("No file " + asset));
        return links.linkTo(asset, limits.linkLifetime());
    }
}
