package app.atelier.account.ui;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may read {@code /actuator/prometheus} besides admins ({@code atelier.metrics.*}).
 *
 * @param scrapeToken a secret a Prometheus server sends as {@code Authorization: Bearer <token>}
 *                    (at least 32 characters); none by default: admins only
 */
@ConfigurationProperties("atelier.metrics")
record MetricsProperties(@Nullable String scrapeToken) {

    static final int MIN_TOKEN_LENGTH = 32;

    MetricsProperties {
        if (scrapeToken != null && scrapeToken.isBlank()) {
            scrapeToken = null;
        }
        if (scrapeToken != null && scrapeToken.strip().length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("atelier.metrics.scrape-token must have at least " + MIN_TOKEN_LENGTH
                    + " characters (for example: openssl rand -hex 32)");
        }
    }

    /** Whether an {@code Authorization} header carries the scrape token (compared in constant time). */
    boolean admits(@Nullable String authorization) {
        if (scrapeToken == null || authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8),
                scrapeToken.strip().getBytes(StandardCharsets.UTF_8));
    }
}
