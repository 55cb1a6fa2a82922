package app.atelier.provider.vendor;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.net.Proxy;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The one HTTP client (its connection pool and threads) every vendor connection derives from, and
 * the record of every call made with it: {@code atelier.vendor.requests}, a timer by vendor, method,
 * endpoint and outcome.
 */
@Component
public class VendorClients implements DisposableBean {

    /** A path segment that names one thing (a task id), not an endpoint: kept out of the endpoint tag. */
    private static final Pattern IDENTIFIER = Pattern.compile("(?=.*\\d)[^/]{8,}");

    private final OkHttpClient shared = new OkHttpClient.Builder().proxy(Proxy.NO_PROXY).build();
    private final MeterRegistry meters;

    @Autowired
    public VendorClients(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Without metrics (tests of an adapter alone). */
    public VendorClients() {
        this(Metrics.globalRegistry);
    }

    public OkHttpClient shared() {
        return shared;
    }

    /**
     * Records a call.
     *
     * @param outcome {@code ok}, {@code http_4xx}, {@code http_5xx}, {@code not_json} or {@code no_answer}
     */
    void record(String vendor, String method, String path, String outcome, Duration took) {
        Timer.builder("atelier.vendor.requests")
                .description("Calls to the vendors' APIs: how long they took and how they ended")
                .tag("vendor", vendor)
                .tag("method", method)
                .tag("endpoint", endpoint(path))
                .tag("outcome", outcome)
                .serviceLevelObjectives(Duration.ofMillis(250), Duration.ofSeconds(1), Duration.ofMillis(2500),
                        Duration.ofSeconds(10), Duration.ofSeconds(30))
                .register(meters)
                .record(took);
    }

    /** The path with identifiers replaced ({@code /v1/tasks/{id}}), so that every task shares one series. */
    static String endpoint(String path) {
        var segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (IDENTIFIER.matcher(segments[i]).matches()) {
                segments[i] = "{id}";
            }
        }
        return String.join("/", segments);
    }

    @Override
    public void destroy() {
        shared.dispatcher().executorService().shutdown();
        shared.connectionPool().evictAll();
    }
}
