package app.atelier.provider.iacrea;

import app.atelier.provider.ErrorCode;
import app.atelier.provider.ProviderError;
import app.atelier.provider.ProviderException;
import app.atelier.provider.StandIn;
import app.atelier.provider.VendorBalance;
import app.atelier.provider.vendor.KeyLookup;
import app.atelier.provider.vendor.StatusErrors;
import app.atelier.provider.vendor.VendorAccount;
import app.atelier.provider.vendor.VendorClients;
import app.atelier.provider.vendor.VendorConnection;
import app.atelier.provider.vendor.VendorEndpoints;
import app.atelier.provider.vendor.VendorHttp;
import app.atelier.provider.vendor.VendorJson;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The way to IA Créa (or to its sandbox) that the animation and exterior providers share: the key in
 * {@code x-api-key} or as a bearer token, and the account's user id that every body carries.
 */
@Component
class IaCreaConnection implements VendorAccount {


    /** The vendor account its key belongs to. */
    static final String KEY_ID = "iacrea";
    private static final String CREDIT_PATH = "/api/account/credit";

    private final IaCreaProperties settings;
    private final VendorConnection connection;
    private final KeyLookup savedKeys;
    private final Clock clock;
    private final VendorEndpoints endpoints;

    IaCreaConnection(IaCreaProperties settings, VendorEndpoints endpoints, VendorClients clients, KeyLookup savedKeys,
                     Clock clock) {
        this.settings = settings;
        this.savedKeys = savedKeys;
        this.clock = clock;
        this.endpoints = endpoints;
        this.connection = new VendorConnection(new VendorConnection.Settings("IA Créa", "iacrea", KEY_ID, settings.baseUrl(),
                settings.apiKey(), "atelier.providers.iacrea.api-key", key -> settings.authStyle() == IaCreaProperties.AuthStyle.BEARER
                ? VendorConnection.bearer(key) : Headers.of("x-api-key", key),
                settings.connectTimeout(), settings.readTimeout(), IaCreaConnection::error), endpoints, clients, savedKeys, clock);
    }

    record Connected(VendorHttp http, String userId, boolean sandboxed) {
    }

    /** Whether IA Créa is offered: a key and a user id, or the sandbox. */
    Optional<VendorConnection.Offer> offered() {
        return connection.offered().filter(offer -> offer.sandboxed() || userId() != null);
    }

    /** The way to IA Créa, when there is a key and a user id (or the sandbox). */
    Optional<Connected> connected() {
        return connection.connected().flatMap(vendor -> {
            var userId = vendor.sandboxed() ? endpoints.standIn().map(StandIn::iaCreaUser).orElse(null) : userId();
            return userId == null ? Optional.empty() : Optional.of(new Connected(vendor.http(), userId, vendor.sandboxed()));
        });
    }

    /** The account's user id: the one saved with the key in the interface, else the setting's. */
    private @Nullable String userId() {
        var saved = savedKeys.find(KEY_ID);
        var userId = saved.isPresent() ? saved.get().accountId() : settings.userId();
        return userId == null || userId.isBlank() ? null : userId.strip();
    }

    @Override
    public String keyId() {
        return KEY_ID;
    }

    @Override
    public String name() {
        return "IA Créa";
    }

    @Override
    public String keySetting() {
        return "atelier.providers.iacrea.api-key";
    }

    @Override
    public boolean needsAccountId() {
        return true;
    }

    @Override
    public VendorConnection connection() {
        return connection;
    }

    record CreditQuery(String userId) {
    }

    /** {@code POST /api/account/credit}: the account's total credits. */
    @Override
    public Optional<VendorBalance> balance() {
        return connected().flatMap(vendor -> IaCreaResponses.balance(
                vendor.http().post(CREDIT_PATH, new CreditQuery(vendor.userId()), VendorHttp.Kind.QUERY), clock));
    }

    @Override
    public Optional<VendorBalance> tryKey(String key, @Nullable String accountId) {
        if (accountId == null || accountId.isBlank()) {
            throw new ProviderException(new ProviderError(ErrorCode.INVALID_INPUT, "IA Créa needs the account's user id"), false);
        }
        return IaCreaResponses.balance(connection.trial(key).post(CREDIT_PATH, new CreditQuery(accountId.strip()),
                VendorHttp.Kind.QUERY), clock);
    }

    Connected require() {
        return connected().orElseThrow(() -> new ProviderException(new ProviderError(ErrorCode.AUTH,
                "IA Créa has no key or no user id (atelier.providers.iacrea.api-key, .user-id)"), false));
    }

    /** The pages say nothing of errors: the status decides, and the body is kept as the vendor's words. */
    static ProviderError error(int status, @Nullable JsonNode body, String text, @Nullable Duration retryAfter) {
        var message = body == null ? text
                : VendorJson.text(body, "message").or(() -> VendorJson.text(body, "error"))
                .or(() -> Optional.ofNullable(body.get("error")).map(JsonNode::toString)).orElse(text);
        var code = StatusErrors.of(status);
        if (code == ErrorCode.INVALID_INPUT && message.toLowerCase(java.util.Locale.ROOT).matches(".*(credit|crédit|quota|solde).*")) {
            code = ErrorCode.NO_CREDIT;
        }
        return new ProviderError(code, "HTTP " + status + ": " + (message.isBlank() ? "(no body)" : message), retryAfter);
    }
}
