package app.atelier.shared.internal;

import app.atelier.shared.RateBuckets;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Where the rate buckets live: in the shared PostgreSQL (table {@code rate_bucket}, rows locked while a
 * bucket is taken from, expired rows removed in batches) or, on the embedded database, in this node's
 * memory. Both read time from the application's clock.
 */
@Configuration(proxyBeanMethods = false)
class RateBucketsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RateBucketsConfiguration.class);
    /** How long an unused bucket is kept once full again, at the least. */
    static final Duration KEPT_AFTER_FULL = Duration.ofMinutes(1);
    /** How often a node removes the rows of buckets that expired. */
    private static final Duration CLEAN_EVERY = Duration.ofMinutes(5);

    @Bean
    RateBuckets rateBuckets(DataSource dataSource, Clock clock) throws SQLException {
        TimeMeter time = MemoryRateBuckets.time(clock);
        try (var connection = dataSource.getConnection()) {
            if ("PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) {
                log.info("Rate limits shared by every node, in PostgreSQL");
                return new DatabaseBuckets(Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                        .primaryKeyMapper(PrimaryKeyMapper.STRING)
                        .table("rate_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEPT_AFTER_FULL))
                        .clientClock(time)
                        .build(), JdbcClient.create(dataSource));
            }
        }
        return new MemoryRateBuckets(clock);
    }

    /** Buckets in the shared database. */
    static final class DatabaseBuckets implements RateBuckets {

        private final PostgreSQLSelectForUpdateBasedProxyManager<String> proxies;
        private final AtomicLong cleanedAt = new AtomicLong(System.nanoTime());

        private final JdbcClient jdbc;

        DatabaseBuckets(PostgreSQLSelectForUpdateBasedProxyManager<String> proxies, JdbcClient jdbc) {
            this.proxies = proxies;
            this.jdbc = jdbc;
        }

        @Override
        public Bucket bucket(String family, String name, Supplier<BucketConfiguration> configuration) {
            long now = System.nanoTime();
            long last = cleanedAt.get();
            if (now - last > CLEAN_EVERY.toNanos() && cleanedAt.compareAndSet(last, now)) {
                Thread.ofVirtual().name("rate-bucket-cleaner").start(this::removeExpired);
            }
            return ((ProxyManager<String>) proxies).builder().build(family + ":" + name, configuration);
        }

        @Override
        public boolean exists(String family, String name) {
            // read plainly: Bucket4j's own lookup inserts the row it locks
            return jdbc.sql("SELECT COUNT(*) FROM rate_bucket WHERE id = ? AND state IS NOT NULL")
                    .param(family + ":" + name).query(Long.class).single() > 0;
        }

        @Override
        public void forget(String family, String name) {
            proxies.removeProxy(family + ":" + name);
        }

        /** Removes the rows of buckets full again for a while, a batch at a time (any node may; none must). */
        void removeExpired() {
            try {
                int removed;
                do {
                    removed = proxies.removeExpired(1000);
                } while (removed >= 1000);
            } catch (RuntimeException failed) {
                log.warn("Could not remove expired rate buckets; trying again later", failed);
            }
        }
    }

}
