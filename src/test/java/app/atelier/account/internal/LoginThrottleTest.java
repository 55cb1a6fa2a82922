package app.atelier.account.internal;

import app.atelier.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(5, Duration.ofMinutes(15)),
            app.atelier.shared.RateBuckets.inMemory(clock));

    @Test
    void fiveFailuresInARowPauseTheAddressForThreeMinutes() {
        failures("claire@agence-du-port.fr", 4);
        assertThat(throttle.waitBeforeNextAttempt("claire@agence-du-port.fr")).isEmpty();

        throttle.failed("claire@agence-du-port.fr");

        assertThat(throttle.waitBeforeNextAttempt("claire@agence-du-port.fr"))
                .hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofSeconds(170), Duration.ofMinutes(3)));
    }

    @Test
    void attemptsComeBackOneByOneAsTimePasses() {
        failures("claire@agence-du-port.fr", 5);

        clock.advance(Duration.ofMinutes(3));
        assertThat(throttle.waitBeforeNextAttempt("claire@agence-du-port.fr")).isEmpty();

        throttle.failed("claire@agence-du-port.fr");
        assertThat(throttle.waitBeforeNextAttempt("claire@agence-du-port.fr")).isPresent();
    }

    @Test
    void theAddressIsTheSameWhateverItsCase() {
        failures("Claire@Agence-du-Port.fr ", 5);

        assertThat(throttle.waitBeforeNextAttempt("claire@agence-du-port.fr")).isPresent();
    }

    @Test
    void otherAddressesAreNotAffected() {
        failures("claire@agence-du-port.fr", 5);

        assertThat(throttle.waitBeforeNextAttempt("marc@agence-du-port.fr")).isEmpty();
    }

    @Test
    void aSuccessfulSignInForgivesEarlierFailures() {
        failures("claire@agence-du-port.fr", 4);

        throttle.succeeded("claire@agence-du-port.fr");
        failures("claire@agence-du-port.fr", 4);

        assertThat(throttle.waitBeforeNextAttempt("claire@agence-du-port.fr")).isEmpty();
    }

    private void failures(String email, int count) {
        for (int i = 0; i < count; i++) {
            throttle.failed(email);
        }
    }
}
