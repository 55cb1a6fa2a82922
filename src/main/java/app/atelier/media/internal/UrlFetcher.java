package app.atelier.media.internal;

import app.atelier.shared.PublicAddresses;
import app.atelier.media.MediaProperties;
import app.atelier.media.PhotoRefusal;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

/**
 * Fetches a photo from a web address without becoming a way into our network: only http(s); every
 * address a host name resolves to must be public (checked again for each redirect, which we follow
 * ourselves, and again at connection time, so that a DNS answer changed in between cannot slip a
 * private address in); no proxy; a bounded time; and a body that stops at the size limit.
 */
public class UrlFetcher {

    private final MediaProperties limits;
    private final long maxBytes;
    private final String accept;
    private final TempFiles tempFiles;
    private final Dns resolver;
    private final BiPredicate<String, InetAddress> allowed;
    private final OkHttpClient client;

    /**
     * @param resolver how host names are resolved (the system's DNS in production)
     * @param allowed  whether a host may be reached at an address (public addresses only, in production)
     */
    public UrlFetcher(MediaProperties limits, TempFiles tempFiles, Dns resolver,
                      BiPredicate<String, InetAddress> allowed) {
        this(limits, limits.maxSize().toBytes(), "image/*", tempFiles, resolver, allowed);
    }

    /**
     * @param maxBytes the largest body fetched
     * @param accept   the media types asked for
     */
    public UrlFetcher(MediaProperties limits, long maxBytes, String accept, TempFiles tempFiles, Dns resolver,
                      BiPredicate<String, InetAddress> allowed) {
        this.limits = limits;
        this.maxBytes = maxBytes;
        this.accept = accept;
        this.tempFiles = tempFiles;
        this.resolver = resolver;
        this.allowed = allowed;
        this.client = new OkHttpClient.Builder()
                .followRedirects(false)
                .followSslRedirects(false)
                .proxy(Proxy.NO_PROXY)
                .dns(this::checkedLookup)
                .connectTimeout(limits.fetchTimeout())
                .readTimeout(limits.fetchTimeout())
                .callTimeout(limits.fetchTimeout().multipliedBy(4).plusSeconds(maxBytes / 1_000_000))
                .build();
    }

    /** The outcome of a fetch: a work file (to be deleted by the caller) or the reason there is none. */
    public sealed interface Fetch {

        record Fetched(Path file, String fileName, String url) implements Fetch {
        }

        record Failed(PhotoRefusal reason, List<Object> arguments) implements Fetch {
        }
    }

    public Fetch fetch(String address) {
        var url = HttpUrl.parse(address.strip());
        if (url == null) {
            return failed(PhotoRefusal.URL_INVALID);
        }
        for (int hop = 0; hop <= limits.maxRedirects(); hop++) {
            if (!reachable(url)) {
                return failed(PhotoRefusal.URL_NOT_ALLOWED);
            }
            var request = new Request.Builder().url(url).header("Accept", accept)
                    .header("User-Agent", "Atelier").build();
            try (Response response = client.newCall(request).execute()) {
                if (response.isRedirect()) {
                    var location = response.header("Location");
                    var next = location == null ? null : url.resolve(location);
                    if (next == null) {
                        // a redirect to something other than http(s), or to nowhere
                        return failed(PhotoRefusal.URL_NOT_ALLOWED);
                    }
                    url = next;
                    continue;
                }
                if (!response.isSuccessful()) {
                    return failed(PhotoRefusal.URL_HTTP_ERROR, response.code());
                }
                var body = response.body();
                if (body.contentLength() > maxBytes) {
                    return failed(PhotoRefusal.TOO_LARGE, maxBytes / (1024 * 1024));
                }
                return download(body.byteStream(), url);
            } catch (NotAllowedException e) {
                return failed(PhotoRefusal.URL_NOT_ALLOWED);
            } catch (IOException e) {
                return failed(PhotoRefusal.URL_UNREACHABLE);
            }
        }
        return failed(PhotoRefusal.URL_TOO_MANY_REDIRECTS);
    }

    private Fetch download(InputStream body, HttpUrl url) throws IOException {
        var file = tempFiles.create(".download");
        try (var out = Files.newOutputStream(file)) {
            PhotoImporter.copyAtMost(body, out, maxBytes);
            return new Fetch.Fetched(file, fileName(url), url.toString());
        } catch (PhotoImporter.TooLargeException e) {
            TempFiles.delete(file);
            return failed(PhotoRefusal.TOO_LARGE, maxBytes / (1024 * 1024));
        } catch (IOException | RuntimeException e) {
            TempFiles.delete(file);
            throw e;
        }
    }

    /** Only http(s), and only a host whose every address is allowed (IP literals are checked as such). */
    private boolean reachable(HttpUrl url) {
        var scheme = url.scheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return false;
        }
        try {
            checkedLookup(url.host());
            return true;
        } catch (UnknownHostException e) {
            // an unknown host is reported when the request fails to connect
            return !(e instanceof NotAllowedException);
        }
    }

    private List<InetAddress> checkedLookup(String host) throws UnknownHostException {
        List<InetAddress> addresses = isLiteral(host) ? List.of(PublicAddresses.literal(host)) : resolver.lookup(host);
        for (var address : addresses) {
            if (!allowed.test(host, address)) {
                throw new NotAllowedException(host);
            }
        }
        return addresses;
    }

    private static boolean isLiteral(String host) {
        return host.contains(":") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    private static String fileName(HttpUrl url) {
        var segments = url.pathSegments();
        var last = segments.isEmpty() ? "" : segments.getLast();
        return last.isBlank() ? url.host() : last;
    }

    private static Fetch failed(PhotoRefusal reason, @Nullable Object... arguments) {
        return new Fetch.Failed(reason, arguments == null ? List.of() : List.of(arguments));
    }

    /** A host that resolves, at least in part, to an address we do not reach. */
    static final class NotAllowedException extends UnknownHostException {

        private static final long serialVersionUID = 1L;

        NotAllowedException(String host) {
            super(host + " is not a public address");
        }
    }
}
