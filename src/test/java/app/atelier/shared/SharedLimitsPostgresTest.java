package app.atelier.shared;

import app.atelier.PostgresAvailable;
import app.atelier.PostgresNodes;
import app.atelier.account.internal.LoginThrottle;
import io.github.bucket4j.BucketConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one PostgreSQL (two application contexts on one schema) keep one count: wrong passwords
 * spread over both pause the address on both, an API key's requests on either draw on one allowance,
 * and a successful sign-in on one forgives on the other.
 */
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
class SharedLimitsPostgresTest {

    private final PostgresNodes nodes = new PostgresNodes("limits");

    @AfterEach
    void stopNodesAndDropSchema() throws Exception {
        nodes.close();
    }

    @Test
    void wrongPasswordsSpreadOverTwoNodesPauseTheAddressOnBoth() throws Exception {
        var nodeA = node();
        var nodeB = node();
        var throttleA = nodeA.getBean(LoginThrottle.class);
        var throttleB = nodeB.getBean(LoginThrottle.class);

        for (int i = 0; i < 3; i++) {
            throttleA.failed("claire@agence-du-port.fr");
        }
        throttleB.failed("Claire@agence-du-port.fr");
        assertThat(throttleA.waitBeforeNextAttempt("claire@agence-du-port.fr")).as("four of five").isEmpty();
        throttleB.failed("claire@agence-du-port.fr");

        assertThat(throttleA.waitBeforeNextAttempt("claire@agence-du-port.fr")).as("the fifth, on the other node").isPresent();
        assertThat(throttleB.waitBeforeNextAttempt("claire@agence-du-port.fr")).isPresent();
        assertThat(throttleB.waitBeforeNextAttempt("marc@agence-du-port.fr")).as("another address").isEmpty();
        var rows = nodeA.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT id FROM rate_bucket").query(String.class).list();
        assertThat(rows).as("asking about an address that never failed writes nothing")
                .containsExactly("sign-in:claire@agence-du-port.fr");

        throttleA.succeeded("claire@agence-du-port.fr");
        assertThat(throttleB.waitBeforeNextAttempt("claire@agence-du-port.fr")).as("forgiven everywhere").isEmpty();
    }

    @Test
    void aBudgetIsOneForTheCluster() throws Exception {
        var nodeA = node();
        var nodeB = node();
        var key = UUID.randomUUID().toString();
        java.util.function.Supplier<BucketConfiguration> tenAMinute = () -> BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(10).refillGreedy(10, Duration.ofMinutes(1))).build();

        int granted = 0;
        for (int i = 0; i < 16; i++) {
            var node = i % 2 == 0 ? nodeA : nodeB;
            if (node.getBean(RateBuckets.class).bucket("api", key, tenAMinute).tryConsume(1)) {
                granted++;
            }
        }

        assertThat(granted).as("ten requests a minute, whichever node they reach").isEqualTo(10);
    }

    private ConfigurableApplicationContext node() throws Exception {
        return nodes.start();
    }
}
