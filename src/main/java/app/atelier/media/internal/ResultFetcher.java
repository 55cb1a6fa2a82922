package app.atelier.media.internal;

/** Downloads the results vendors made, under the same rules as URL imports but with the result size limit. */
public record ResultFetcher(UrlFetcher fetcher) {
}
