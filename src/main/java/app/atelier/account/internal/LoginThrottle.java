package app.atelier.account.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Limits failed sign-ins per e-mail address with a token bucket: {@code maxFailures} attempts, one
 * more every {@code failureWindow / maxFailures}. Buckets live in this node's memory, bounded in
 * number, and are forgotten once full again.
 */
@Component
public class LoginThrottle {

    private static final int MAX_TRACKED_ADDRESSES = 100_000;

    private final LoginThrottleProperties properties;
    private final TimeMeter timeMeter;
    private final Cache<String, Bucket> buckets;

    LoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this.properties = properties;
        this.timeMeter = new ClockTimeMeter(clock);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_TRACKED_ADDRESSES)
                .expireAfterAccess(properties.failureWindow())
                .ticker(() -> timeMeter.currentTimeNanos())
                .build();
    }

    /** How long the address must wait before its next attempt, if it must. */
    public Optional<Duration> waitBeforeNextAttempt(String email) {
        var bucket = buckets.getIfPresent(EmailAddress.normalize(email));
        if (bucket == null) {
            return Optional.empty();
        }
        var probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    public void failed(String email) {
        buckets.get(EmailAddress.normalize(email), address -> newBucket()).tryConsume(1);
    }

    public void succeeded(String email) {
        buckets.invalidate(EmailAddress.normalize(email));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(properties.maxFailures())
                        .refillGreedy(properties.maxFailures(), properties.failureWindow()))
                .withCustomTimePrecision(timeMeter)
                .build();
    }

    /** Lets tests move time forward through the injected clock. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
