package app.atelier.provider;

import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.time.Instant;

/**
 * What {@code atelier.public-url} allows, as checked now.
 *
 * @param https      whether it is https (vendors may refuse to fetch from or call plain http)
 * @param publicHost whether its host is on the public internet (not localhost, not a private network)
 * @param reachable  whether this server reached itself there (its health answered)
 * @param problem    what went wrong reaching it, in the words of the error, when it did not answer
 */
public record PublicUrlCheck(URI url, boolean https, boolean publicHost, boolean reachable, @Nullable String problem,
                             Instant checkedAt) {

    /** Vendors can fetch our photos and call us back: callbacks, and links to photos. */
    public boolean vendorsReachUs() {
        return publicHost && reachable;
    }
}
