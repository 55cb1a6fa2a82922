package app.atelier.provider.vendor;

import app.atelier.provider.ErrorCode;
import app.atelier.provider.ProviderError;
import app.atelier.provider.ProviderException;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * JSON over HTTP to one vendor account: the key in the vendor's header, timeouts from settings,
 * errors turned into {@link ProviderError}s by the vendor's own reader, the {@code Retry-After}
 * header kept. Nothing is retried here: the pipeline retries what may be retried, and a create call
 * that may have reached the vendor (it was sent, then the answer did not come) is reported as such
 * so that it is never sent twice. The key never reaches a log or an exception message.
 */
public final class VendorHttp {

    private static final Logger log = LoggerFactory.getLogger(VendorHttp.class);
    private static final MediaType JSON = MediaType.get("application/json");
    private static final int MESSAGE_LIMIT = 500;

    /** Whether a call creates something at the vendor (never sent twice) or only reads. */
    public enum Kind { CREATE, QUERY }

    /** Reads a vendor's error answer (status and body) into our words. */
    @FunctionalInterface
    public interface ErrorReader {
        ProviderError read(int status, @Nullable JsonNode body, String text, @Nullable Duration retryAfter);
    }

    private final String vendor;
    private final HttpUrl base;
    private final Headers auth;
    private final OkHttpClient client;
    private final VendorClients clients;
    private final ErrorReader errors;
    private final Clock clock;

    /**
     * @param base    the vendor's base address; paths are appended to it
     * @param auth    the headers that carry the key
     */
    public VendorHttp(String vendor, String base, Headers auth, Duration connectTimeout, Duration readTimeout,
                      VendorClients clients, ErrorReader errors, Clock clock) {
        this.vendor = vendor;
        this.base = Objects.requireNonNull(HttpUrl.parse(base.endsWith("/") ? base : base + "/"), "Not a URL: " + base);
        this.auth = auth;
        this.errors = errors;
        this.clock = clock;
        this.clients = clients;
        this.client = clients.shared().newBuilder()
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .writeTimeout(readTimeout)
                .callTimeout(connectTimeout.plus(readTimeout).multipliedBy(2))
                .followRedirects(false)
                .retryOnConnectionFailure(false)
                .build();
    }

    public JsonNode post(String path, Object body, Kind kind) {
        var payload = RequestBody.create(VendorJson.MAPPER.writeValueAsBytes(body), JSON);
        return send(new Request.Builder().url(url(path)).headers(auth).header("Accept", "application/json")
                .post(payload).build(), kind);
    }

    public JsonNode get(String path, Kind kind) {
        return send(new Request.Builder().url(url(path)).headers(auth).header("Accept", "application/json").get().build(), kind);
    }

    /** A value as one path segment, escaped. */
    public static String segment(String value) {
        return new HttpUrl.Builder().scheme("http").host("x").addPathSegment(value).build().encodedPath().substring(1);
    }

    private HttpUrl url(String path) {
        return Objects.requireNonNull(base.resolve(path.startsWith("/") ? path.substring(1) : path), path);
    }

    private JsonNode send(Request request, Kind kind) {
        var sent = new SentListener();
        var call = client.newBuilder().eventListener(sent).build().newCall(request);
        String text;
        int status;
        @Nullable Duration retryAfter;
        long started = System.nanoTime();
        try (var response = call.execute()) {
            status = response.code();
            retryAfter = retryAfter(response.header("Retry-After"));
            text = response.body().string();
        } catch (IOException failed) {
            recorded(request, "no_answer", started);
            boolean mayHaveBeenAccepted = kind == Kind.CREATE && sent.requestStarted;
            log.warn("{} {} {}: no answer ({}){}", vendor, request.method(), request.url().encodedPath(), failed.toString(),
                    mayHaveBeenAccepted ? "; it may have been taken, so it is not sent again" : "");
            throw new ProviderException(new ProviderError(ErrorCode.VENDOR_DOWN,
                    vendor + " did not answer: " + failed.getClass().getSimpleName()), mayHaveBeenAccepted, failed);
        }
        var body = parse(text);
        recorded(request, status >= 200 && status < 300 ? (body == null ? "not_json" : "ok") : "http_" + status / 100 + "xx", started);
        if (status >= 200 && status < 300) {
            if (body == null) {
                log.warn("{} {} {}: {} with a body that is not JSON", vendor, request.method(), request.url().encodedPath(), status);
                throw new ProviderException(new ProviderError(ErrorCode.UNKNOWN,
                        vendor + " answered " + status + " with: " + shorten(text)), kind == Kind.CREATE);
            }
            return body;
        }
        var error = errors.read(status, body, shorten(text), retryAfter);
        log.info("{} {} {}: {} {} ({})", vendor, request.method(), request.url().encodedPath(), status, error.code(),
                error.vendorMessage());
        // a gateway that gave up waiting may have passed the creation on
        boolean mayHaveBeenAccepted = kind == Kind.CREATE && status == 504;
        throw new ProviderException(error, mayHaveBeenAccepted);
    }

    private void recorded(Request request, String outcome, long started) {
        var path = request.url().encodedPath();
        var basePath = base.encodedPath();
        var endpoint = path.startsWith(basePath) ? "/" + path.substring(basePath.length()) : path;
        clients.record(vendor, request.method(), endpoint, outcome, Duration.ofNanos(System.nanoTime() - started));
    }

    private static @Nullable JsonNode parse(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            var node = VendorJson.MAPPER.readTree(text);
            return node.isObject() || node.isArray() ? node : null;
        } catch (JacksonException notJson) {
            return null;
        }
    }

    /** Seconds or an HTTP date, as RFC 9110 allows. */
    @Nullable Duration retryAfter(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        var value = header.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                var at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                var wait = Duration.between(clock.instant(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    static String shorten(String text) {
        var flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= MESSAGE_LIMIT ? flat : flat.substring(0, MESSAGE_LIMIT) + "…";
    }

    /** Notes whether the request began to leave (after that, a create call may have been taken). */
    private static final class SentListener extends EventListener {

        volatile boolean requestStarted;

        @Override
        public void requestHeadersStart(Call call) {
            requestStarted = true;
        }
    }
}
