package app.atelier.media;

/**
 * Hosts a feature vouches for, whose results are fetched even though they are not on the public
 * internet (the sandbox, served by this application on the loopback address).
 */
public interface TrustedResultHosts {

    boolean trusts(String host);
}
