package app.atelier.media;

import app.atelier.media.internal.Asset;
import app.atelier.media.internal.AssetRepository;
import app.atelier.media.storage.Storage;
import app.atelier.media.storage.StorageException;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.UUID;

/**
 * Sends a stored file as an HTTP response, with byte ranges (so that videos seek), for whoever has
 * already decided that the request may have it: members at {@code /media/<id>}, vendors at a signed
 * link, anyone at a share link. Anything not found is a plain 404 that says nothing.
 */
@Component
public class MediaDelivery {

    private final AssetRepository assets;
    private final Storage storage;

    MediaDelivery(AssetRepository assets, Storage storage) {
        this.assets = assets;
        this.storage = storage;
    }

    /**
     * @param team     the team the file must belong to (null: the caller checked already)
     * @param download when present, the file is sent as an attachment under this name (letters, digits,
     *                 dots, dashes and underscores; anything else is replaced; the file's extension added)
     */
    public void send(@Nullable UUID team, UUID assetId, @Nullable String range, @Nullable String download,
                     String cacheControl, HttpServletResponse response) throws IOException {
        var asset = assets.findById(assetId).filter(found -> team == null || team.equals(found.teamId()));
        if (asset.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (download != null) {
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(safeName(download, asset.get())).build().toString());
        }
        serve(asset.get(), range, cacheControl, response);
    }

    static String safeName(String wanted, Asset asset) {
        var cleaned = wanted.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("-{2,}", "-");
        cleaned = cleaned.substring(0, Math.min(cleaned.length(), 120)).replaceAll("^[.-]+", "");
        if (cleaned.isBlank()) {
            return asset.id() + extensionOf(asset);
        }
        // a name without its extension gets the file's own (an image may be a JPEG or a PNG)
        return cleaned.contains(".") ? cleaned : cleaned + extensionOf(asset);
    }

    private static String extensionOf(Asset asset) {
        var key = asset.storageKey();
        int dot = key.lastIndexOf('.');
        return dot < 0 ? "" : key.substring(dot);
    }

    private void serve(Asset asset, @Nullable String rangeHeader, String cacheControl, HttpServletResponse response)
            throws IOException {
        long size = asset.byteSize();
        long offset = 0;
        long length = size;
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.setHeader(HttpHeaders.ETAG, "\"" + asset.id() + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (rangeHeader != null) {
            try {
                var ranges = HttpRange.parseRanges(rangeHeader);
                if (ranges.size() == 1) {
                    offset = ranges.getFirst().getRangeStart(size);
                    if (offset >= size) {
                        throw new IllegalArgumentException("Range starts after the end");
                    }
                    length = ranges.getFirst().getRangeEnd(size) - offset + 1;
                    response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
                    response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + offset + "-" + (offset + length - 1) + "/" + size);
                }
            } catch (IllegalArgumentException unsatisfiable) {
                response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
                response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
                return;
            }
        }
        response.setContentType(asset.contentType());
        response.setContentLengthLong(length);
        try (var in = storage.open(asset.storageKey(), offset, length); var out = response.getOutputStream()) {
            in.transferTo(out);
        } catch (StorageException missing) {
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        }
    }
}
