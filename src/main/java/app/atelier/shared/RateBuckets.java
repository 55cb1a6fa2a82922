package app.atelier.shared;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

import java.util.function.Supplier;

/**
 * Token buckets by name (a sign-in address, an API key), one budget for every node: on PostgreSQL
 * the buckets live in the shared database (Bucket4j's row-locked buckets), so that five wrong
 * passwords spread over two nodes count as five and an API key has one allowance for the cluster;
 * on the embedded database (one node) they live in memory. A bucket not used for its configuration's
 * refill time is forgotten.
 */
public interface RateBuckets {

    /**
     * The bucket named {@code name} in {@code family} ("sign-in", "api"), made with {@code configuration}
     * the first time.
     */
    Bucket bucket(String family, String name, Supplier<BucketConfiguration> configuration);

    /** Whether the bucket has been used and not forgotten since (asking writes nothing). */
    boolean exists(String family, String name);

    /** Forgets a bucket: the next use starts full. */
    void forget(String family, String name);

    /** Buckets in this node's memory, reading time from {@code clock} (one node; tests). */
    static RateBuckets inMemory(java.time.Clock clock) {
        return new app.atelier.shared.internal.MemoryRateBuckets(clock);
    }
}
