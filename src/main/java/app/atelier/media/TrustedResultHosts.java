package app.atelier.media;

import java.net.URI;

/**
 * Hosts a feature vouches for, whose results are fetched even though they are not on the public
 * internet (the sandbox, served by this application on the loopback address).
 */
public interface TrustedResultHosts {

    boolean trusts(String host);

    /**
     * Where this node fetches a result from: the same address, unless the feature serves it from every
     * node (the sandbox's files, named after the node that answered, which may since have stopped).
     */
    default URI locate(URI url) {
        return url;
    }
}
