package app.atelier.api.internal;

import app.atelier.account.ApiCaller;
import app.atelier.api.ApiProperties;
import app.atelier.shared.PublicAddresses;
import okhttp3.HttpUrl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The webhooks callers ask for: which addresses may be called, and the row that waits for a generation's end. */
@Component
class WebhookRegistry {

    private static final int MAX_URL = 2048;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final List<String> trusted;

    WebhookRegistry(JdbcClient jdbc, ApiProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.trusted = settings.webhookTrustedHosts().stream().map(host -> host.toLowerCase(Locale.ROOT)).toList();
    }

    /** Why a caller's webhook address will not be called (an i18n key), if it will not. */
    Optional<String> problem(String url) {
        if (url.length() > MAX_URL) {
            return Optional.of("api.error.webhook-too-long");
        }
        var parsed = HttpUrl.parse(url.strip());
        if (parsed == null) {
            return Optional.of("api.error.webhook-invalid");
        }
        if (!trusted(parsed.host()) && !PublicAddresses.isPublic(URI.create(parsed.toString()))) {
            return Optional.of("api.error.webhook-private");
        }
        return Optional.empty();
    }

    /** Keeps a webhook to call when the generation ends (in the caller's transaction). */
    void register(UUID generationId, ApiCaller caller, ApiEndpoint endpoint, String url) {
        jdbc.sql("""
                INSERT INTO api_webhook (generation_id, team_id, member_id, key_id, api, url, state, attempts, created_at)
                VALUES (?, ?, ?, ?, ?, ?, 'WAITING', 0, ?)""")
                .params(generationId, caller.member().teamId(), caller.member().memberId(), caller.keyId(), endpoint.name(),
                        url.strip(), clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    boolean trusted(String host) {
        return trusted.contains(host.toLowerCase(Locale.ROOT));
    }
}
