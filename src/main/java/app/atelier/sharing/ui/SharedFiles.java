package app.atelier.sharing.ui;

import app.atelier.media.MediaDelivery;
import app.atelier.sharing.Shares;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;

/**
 * The files a share link shows, for anyone holding the link ({@code /public/share/<token>/<position>},
 * its poster at {@code …/poster}, {@code ?download=<name>} to save it), checked against the link on
 * every request: once it expires or is revoked, every address under it is a plain 404.
 */
@Controller
class SharedFiles {

    /** Browsers may keep a shared file a little, not past a revocation by much. */
    private static final String CACHE = "private, max-age=300";

    private final Shares shares;
    private final MediaDelivery delivery;

    SharedFiles(Shares shares, MediaDelivery delivery) {
        this.shares = shares;
        this.delivery = delivery;
    }

    @GetMapping(Shares.FILES + "{token}/{position}")
    void file(@PathVariable String token, @PathVariable int position,
              @RequestHeader(value = HttpHeaders.RANGE, required = false) @Nullable String range,
              @RequestParam(required = false) @Nullable String download, HttpServletResponse response) throws IOException {
        send(token, position, false, range, download, response);
    }

    @GetMapping(Shares.FILES + "{token}/{position}/poster")
    void poster(@PathVariable String token, @PathVariable int position, HttpServletResponse response) throws IOException {
        send(token, position, true, null, null, response);
    }

    private void send(String token, int position, boolean poster, @Nullable String range, @Nullable String download,
                      HttpServletResponse response) throws IOException {
        var file = shares.file(token, position, poster);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Referrer-Policy", "no-referrer");
        delivery.send(file.get().team(), file.get().asset(), range, download, CACHE, response);
    }
}
