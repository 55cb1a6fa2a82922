package app.atelier.media.internal;

import app.atelier.media.MediaDelivery;
import app.atelier.shared.Ids;
import app.atelier.shared.TeamMember;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;

/**
 * Serves stored files over HTTP. Members reach {@code /media/<id>}, checked against their team on
 * every request; vendors reach a signed link. Anything not found, not theirs or not genuine is a
 * plain 404 that says nothing.
 */
@Controller
class MediaController {

    private static final String IMMUTABLE = "private, max-age=31536000, immutable";

    private final MediaDelivery delivery;
    private final SignedLinks links;

    MediaController(MediaDelivery delivery, SignedLinks links) {
        this.delivery = delivery;
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
        var asset = Ids.parse(id);
        if (asset.isEmpty() || !(authentication.getPrincipal() instanceof TeamMember member)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        delivery.send(member.teamId(), asset.get(), range, download, IMMUTABLE, response);
    }

    /** A signed link; a file name may follow the token (a script saves the file under it). */
    @GetMapping({SignedLinks.PATH + "{token}", SignedLinks.PATH + "{token}/{name}"})
    void forLink(@PathVariable String token, @RequestHeader(value = HttpHeaders.RANGE, required = false) @Nullable String range,
                 HttpServletResponse response) throws IOException {
        var asset = links.verify(token);
        if (asset.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        delivery.send(null, asset.get(), range, null, "private, max-age=300", response);
    }
}
