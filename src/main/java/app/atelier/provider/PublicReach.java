package app.atelier.provider;

import app.atelier.shared.AtelierProperties;
import app.atelier.shared.PublicAddresses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URI;
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
    private final Map<String, Boolean> publicHosts = new ConcurrentHashMap<>();

    public PublicReach(AtelierProperties settings, @Value("${atelier.providers.warn-unreachable-public-url:true}") boolean warn) {
        this.publicUrl = settings.publicUrl();
        this.warn = warn;
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
