package app.atelier.media.internal;

import app.atelier.shared.Ids;
import app.atelier.media.storage.Storage;
import app.atelier.media.storage.StorageException;
import app.atelier.shared.TeamMember;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.UUID;

/**
 * Serves stored files over HTTP, with byte ranges (so that videos seek). Members reach
 * {@code /media/<id>}, checked against their team on every request; vendors reach a signed link.
 * Anything not found, not theirs or not genuine is a plain 404 that says nothing.
 */
@Controller
class MediaController {

    private static final String IMMUTABLE = "private, max-age=31536000, immutable";

    private final AssetRepository assets;
    private final Storage storage;
    private final SignedLinks links;

    MediaController(AssetRepository assets, Storage storage, SignedLinks links) {
        this.assets = assets;
        this.storage = storage;
        this.links = links;
    }

    /**
     * @param download when present, the file is sent as an attachment under this name (letters, digits,
     *                 dots, dashes and underscores; anything else is replaced)
     */
    @GetMapping("/media/{id}")
    void forMember(@PathVariable String id, @RequestHeader(value = HttpHeaders.RANGE, required = false) @Nullable String range,
                   @RequestParam(required = false) @Nullable String download,
                   Authentication authentication, HttpServletResponse response) throws IOException {
        var asset = Ids.parse(id).flatMap(assets::findById)
                .filter(found -> authentication.getPrincipal() instanceof TeamMember member
                        && member.teamId().equals(found.teamId()));
        if (asset.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (download != null) {
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(safeName(download, asset.get())).build().toString());
        }
        serve(asset.get(), range, IMMUTABLE, response);
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

    @GetMapping(SignedLinks.PATH + "{token}")
    void forLink(@PathVariable String token, @RequestHeader(value = HttpHeaders.RANGE, required = false) @Nullable String range,
                 HttpServletResponse response) throws IOException {
        var asset = links.verify(token).flatMap(assets::findById);
        if (asset.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        serve(asset.get(), range, "private, max-age=300", response);
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
