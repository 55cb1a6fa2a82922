package app.atelier.provider;

import app.atelier.shared.AtelierProperties;
import app.atelier.shared.PublicAddresses;
import app.atelier.provider.vendor.VendorClients;
import okhttp3.Request;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether vendors can reach us. Vendors fetch our photos through links to {@code atelier.public-url}
 * and call back there, which they cannot do when it is localhost or a private address. A real vendor
 * (not this machine, not the sandbox) that cannot is said before any credit is spent; the member may
 * still go on (a vendor on the same network can), and an admin who knows better silences it
 * ({@code atelier.providers.warn-unreachable-public-url=false}). A host is looked up once, when first
 * asked about, not at start-up nor at every submission.
 */
@Component
public class PublicReach {

    private final URI publicUrl;
    private final boolean warn;
    private final VendorClients clients;
    private final Clock clock;
    private final Map<String, Boolean> publicHosts = new ConcurrentHashMap<>();

    public PublicReach(AtelierProperties settings, @Value("${atelier.providers.warn-unreachable-public-url:true}") boolean warn,
                       VendorClients clients, Clock clock) {
        this.publicUrl = settings.publicUrl();
        this.warn = warn;
        this.clients = clients;
        this.clock = clock;
    }

    /**
     * Checks {@code atelier.public-url} now: https or not, a public host or not, and whether this
     * server reaches its own health probe there (within five seconds). Vendors reach us only if it
     * is public and answers; otherwise generations are polled and vendors that fetch photos by link
     * cannot.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public PublicUrlCheck check() {
        var https = "https".equalsIgnoreCase(publicUrl.getScheme());
        var health = publicUrl.toString().replaceAll("/+$", "") + "/actuator/health";
        boolean reachable = false;
        String problem = null;
        var client = clients.shared().newBuilder().callTimeout(Duration.ofSeconds(5)).followRedirects(true).build();
        try (var response = client.newCall(new Request.Builder().url(health).get().build()).execute()) {
            reachable = response.code() < 500;
            if (!reachable) {
                problem = "HTTP " + response.code();
            }
        } catch (IOException | IllegalArgumentException failed) {
            problem = failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
        }
        return new PublicUrlCheck(publicUrl, https, PublicAddresses.isPublic(publicUrl), reachable, problem, clock.instant());
    }

    /** True when {@code provider} is a real vendor (not this machine, not the sandbox) that cannot reach us. */
    public boolean vendorMayNotReach(Provider provider) {
        return warn && provider.capabilities().completion() != Completion.SYNCHRONOUS && !provider.sandboxed()
                && !isPublic(publicUrl);
    }

    /** Whether the host of {@code address} is on the public internet (remembered per host). */
    public boolean isPublic(URI address) {
        var host = address.getHost();
        return host != null && publicHosts.computeIfAbsent(host.toLowerCase(Locale.ROOT),
                key -> PublicAddresses.isPublic(address));
    }
}
