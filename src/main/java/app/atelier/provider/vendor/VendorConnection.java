package app.atelier.provider.vendor;

import app.atelier.provider.ErrorCode;
import app.atelier.provider.ProviderError;
import app.atelier.provider.ProviderException;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The way to one vendor account, made on first use (the sandbox's address is known once the web
 * server has started): the real vendor when a key is set, else the sandbox while it is on.
 */
public final class VendorConnection {

    /** How a vendor's calls are made. */
    public record Settings(String vendor, String sandboxPath, String baseUrl, @Nullable String key, String keySetting,
                           Function<String, Headers> auth, Duration connectTimeout, Duration readTimeout,
                           VendorHttp.ErrorReader errors) {
    }

    /** A usable connection; {@code sandboxed} when it leads to the simulation. */
    public record Connected(VendorHttp http, boolean sandboxed) implements VendorProvider.Link {
    }

    private final Settings settings;
    private final VendorEndpoints endpoints;
    private final VendorClients clients;
    private final Clock clock;
    private volatile @Nullable Connected connected;

    public VendorConnection(Settings settings, VendorEndpoints endpoints, VendorClients clients, Clock clock) {
        this.settings = settings;
        this.endpoints = endpoints;
        this.clients = clients;
        this.clock = clock;
    }

    public Optional<Connected> connected() {
        var known = connected;
        if (known != null) {
            return Optional.of(known);
        }
        return endpoints.resolve(settings.sandboxPath(), settings.baseUrl(), settings.key()).map(endpoint -> {
            var made = new Connected(new VendorHttp(settings.vendor(), endpoint.baseUrl(), settings.auth().apply(endpoint.key()),
                    settings.connectTimeout(), settings.readTimeout(), clients.shared(), settings.errors(), clock),
                    endpoint.sandboxed());
            connected = made;
            return made;
        });
    }

    /** Whether the vendor is offered (a key, or the sandbox), whether or not it can be reached yet. */
    public Optional<Offer> offered() {
        return endpoints.offeredBySandbox(settings.key()).map(Offer::new);
    }

    /** A vendor that can take generations: the real one, or the sandbox standing in for it. */
    public record Offer(boolean sandboxed) implements VendorProvider.Link {
    }

    /** The connection, or an AUTH error saying which setting is missing. */
    public Connected require() {
        return connected().orElseThrow(() -> new ProviderException(new ProviderError(ErrorCode.AUTH,
                settings.vendor() + " has no key (" + settings.keySetting() + ")"), false));
    }


    /** {@code Authorization: Bearer <key>}. */
    public static Headers bearer(String key) {
        return Headers.of("Authorization", "Bearer " + key);
    }
}
