package app.atelier.media.internal;

import app.atelier.media.TrustedResultHosts;

import java.net.URI;
import java.util.List;

/**
 * Downloads the results vendors made, under the same rules as URL imports but with the result size
 * limit; an address a feature serves from every node is fetched from this one.
 */
public record ResultFetcher(UrlFetcher fetcher, List<TrustedResultHosts> vouched) {

    public ResultFetcher {
        vouched = List.copyOf(vouched);
    }

    /** Where this node fetches {@code url} from. */
    public URI locate(URI url) {
        var located = url;
        for (var hosts : vouched) {
            located = hosts.locate(located);
        }
        return located;
    }
}
