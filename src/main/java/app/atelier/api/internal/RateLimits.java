package app.atelier.api.internal;

import app.atelier.api.ApiProperties;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.UUID;

/**
 * A token bucket per API key (Bucket4j): {@code atelier.api.requests-per-minute} at once, refilled
 * evenly over the minute. Buckets live in this node's memory (a key spread over n nodes may make up to
 * n times as many requests); idle keys' buckets are forgotten after ten minutes.
 */
@Component
class RateLimits {

    private final Cache<UUID, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();
    private final int perMinute;

    RateLimits(ApiProperties settings) {
        this.perMinute = settings.requestsPerMinute();
    }

    ConsumptionProbe take(UUID keyId) {
        return buckets.get(keyId, key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build()).tryConsumeAndReturnRemaining(1);
    }

    int perMinute() {
        return perMinute;
    }
}
