package app.atelier.api.internal;

import app.atelier.api.ApiProperties;
import app.atelier.shared.RateBuckets;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.UUID;

/**
 * A token bucket per API key (Bucket4j): {@code atelier.api.requests-per-minute} at once, refilled
 * evenly over the minute. The buckets are {@link RateBuckets}: one allowance for the key whichever
 * node its requests reach.
 */
@Component
class RateLimits {

    private static final String FAMILY = "api";

    private final RateBuckets buckets;
    private final int perMinute;

    RateLimits(ApiProperties settings, RateBuckets buckets) {
        this.buckets = buckets;
        this.perMinute = settings.requestsPerMinute();
    }

    ConsumptionProbe take(UUID keyId) {
        return buckets.bucket(FAMILY, keyId.toString(), () -> BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build()).tryConsumeAndReturnRemaining(1);
    }

    int perMinute() {
        return perMinute;
    }
}
