package app.atelier.shared.internal;

import app.atelier.shared.RateBuckets;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Rate buckets in this node's memory, for the embedded database (one node): bounded in number, each
 * forgotten once unused for the time it takes to fill again and a minute more.
 */
public final class MemoryRateBuckets implements RateBuckets {

    /** Buckets kept at most (the least recently used go first). */
    private static final int MOST = 200_000;

    private final TimeMeter time;
    private final Cache<String, Kept> buckets;

    private record Kept(Bucket bucket, Duration refill) {
    }

    public MemoryRateBuckets(Clock clock) {
        this.time = time(clock);
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MOST)
                .expireAfter(Expiry.accessing((String key, Kept kept) -> kept.refill().plus(RateBucketsConfiguration.KEPT_AFTER_FULL)))
                .ticker(time::currentTimeNanos)
                .build();
    }

    @Override
    public Bucket bucket(String family, String name, Supplier<BucketConfiguration> configuration) {
        return buckets.get(family + ":" + name, key -> {
            var made = configuration.get();
            var builder = Bucket.builder().withCustomTimePrecision(time);
            long refill = 0;
            for (var band : made.getBandwidths()) {
                builder.addLimit(band);
                // from empty to full
                refill = Math.max(refill, band.getRefillPeriodNanos() * Math.ceilDiv(band.getCapacity(), band.getRefillTokens()));
            }
            return new Kept(builder.build(), Duration.ofNanos(refill));
        }).bucket();
    }

    @Override
    public boolean exists(String family, String name) {
        return buckets.getIfPresent(family + ":" + name) != null;
    }

    @Override
    public void forget(String family, String name) {
        buckets.invalidate(family + ":" + name);
    }

    /** The application's clock as Bucket4j reads time, so that tests move it forward. */
    static TimeMeter time(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}
