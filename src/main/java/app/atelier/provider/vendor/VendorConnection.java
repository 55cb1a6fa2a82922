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
 * server has started): the real vendor when a key is set (one saved in the interface wins over the
 * settings), else the sandbox while it is on. A key saved or removed takes effect at the next call.
 */
public final class VendorConnection {

    /** How a vendor's calls are made. */
    public record Settings(String vendor, String sandboxPath, String keyId, String baseUrl, @Nullable String key, String keySetting,
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
    private final KeyLookup savedKeys;
    private volatile @Nullable Made made;

    /** A connection and the key it was made with. */
    private record Made(Connected connected, @Nullable String key) {
    }

    public VendorConnection(Settings settings, VendorEndpoints endpoints, VendorClients clients, KeyLookup savedKeys,
                            Clock clock) {
        this.settings = settings;
        this.endpoints = endpoints;
        this.clients = clients;
        this.savedKeys = savedKeys;
        this.clock = clock;
    }

    public Optional<Connected> connected() {
        var key = key();
        var known = made;
        if (known != null && java.util.Objects.equals(known.key(), key)) {
            return Optional.of(known.connected());
        }
        return endpoints.resolve(settings.sandboxPath(), settings.baseUrl(), key).map(endpoint -> {
            var connected = new Connected(http(endpoint.baseUrl(), endpoint.key()), endpoint.sandboxed());
            made = new Made(connected, key);
            return connected;
        });
    }

    /** Calls to the real vendor with a key being tried (not saved). */
    public VendorHttp trial(String key) {
        return http(settings.baseUrl(), key.strip());
    }

    private VendorHttp http(String baseUrl, String key) {
        return new VendorHttp(settings.vendor(), baseUrl, settings.auth().apply(key), settings.connectTimeout(),
                settings.readTimeout(), clients, settings.errors(), clock);
    }

    /** The key in use: the one saved in the interface, else the setting's, if any. */
    public @Nullable String key() {
        return savedKeys.find(settings.keyId()).map(SavedKeys.Saved::key).orElse(settings.key());
    }

    /** Whether the vendor is offered (a key, or the sandbox), whether or not it can be reached yet. */
    public Optional<Offer> offered() {
        return endpoints.offeredBySandbox(key()).map(Offer::new);
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
