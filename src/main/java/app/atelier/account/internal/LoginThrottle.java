package app.atelier.account.internal;

import app.atelier.shared.RateBuckets;
import io.github.bucket4j.BucketConfiguration;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * Limits failed sign-ins per e-mail address with a token bucket: {@code maxFailures} attempts, one
 * more every {@code failureWindow / maxFailures}. The buckets are {@link RateBuckets}: one count for
 * every node (wrong passwords spread over a cluster add up), forgotten once full again.
 */
@Component
public class LoginThrottle {

    private static final String FAMILY = "sign-in";

    private final LoginThrottleProperties properties;
    private final RateBuckets buckets;

    LoginThrottle(LoginThrottleProperties properties, RateBuckets buckets) {
        this.properties = properties;
        this.buckets = buckets;
    }

    /** How long the address must wait before its next attempt, if it must. */
    public Optional<Duration> waitBeforeNextAttempt(String email) {
        // an address that has not failed lately has no bucket, and asking does not make one
        if (!buckets.exists(FAMILY, EmailAddress.normalize(email))) {
            return Optional.empty();
        }
        var probe = bucket(email).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    public void failed(String email) {
        bucket(email).tryConsume(1);
    }

    public void succeeded(String email) {
        buckets.forget(FAMILY, EmailAddress.normalize(email));
    }

    private io.github.bucket4j.Bucket bucket(String email) {
        return buckets.bucket(FAMILY, EmailAddress.normalize(email), () -> BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(properties.maxFailures())
                        .refillGreedy(properties.maxFailures(), properties.failureWindow()))
                .build());
    }
}
