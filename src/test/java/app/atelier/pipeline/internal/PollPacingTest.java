package app.atelier.pipeline.internal;

import app.atelier.media.ImageConstraints;
import app.atelier.media.ImageFormat;
import app.atelier.provider.Capabilities;
import app.atelier.provider.Completion;
import app.atelier.provider.Cost;
import app.atelier.provider.GenerationKind;
import app.atelier.shared.CreditCurrency;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** When the next poll comes: guided by the vendor's estimate, slowing down without one, never faster than its pace. */
class PollPacingTest {

    private final PollPacing pacing = new PollPacing(Duration.ofSeconds(5));
    private final Instant now = Instant.parse("2026-11-21T10:00:00Z");

    private static Capabilities vendor(Completion completion, Duration pace) {
        return new Capabilities(Set.of(GenerationKind.AI_VIDEO), List.of(), 1,
                new ImageConstraints(EnumSet.allOf(ImageFormat.class), 1, 2000, 10_000_000, false),
                new Cost(CreditCurrency.VIDEO, 1), completion, 0, 1, pace, Duration.ofSeconds(60),
                Duration.ofMinutes(30), false, false);
    }

    private Duration wait(Instant next) {
        return Duration.between(now, next);
    }

    @Test
    void theFirstPollComesBetweenFiveAndTenSecondsAfterTheSubmission() {
        assertThat(wait(pacing.first(now, vendor(Completion.POLLING, Duration.ZERO), null))).isEqualTo(Duration.ofSeconds(10));
        assertThat(wait(pacing.first(now, vendor(Completion.POLLING, Duration.ZERO), Duration.ofSeconds(4))))
                .isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void withAnEstimateWeAskAboutHalfwayToIt() {
        var next = wait(pacing.next(now, vendor(Completion.POLLING, Duration.ZERO), 3, Duration.ofSeconds(40)));

        assertThat(next).isBetween(Duration.ofSeconds(18), Duration.ofSeconds(22));
    }

    @Test
    void withoutAnEstimatePollsSlowDownToEveryThirtySeconds() {
        var capabilities = vendor(Completion.POLLING, Duration.ZERO);
        var early = wait(pacing.next(now, capabilities, 0, null));
        var late = wait(pacing.next(now, capabilities, 40, null));

        assertThat(early).isBetween(Duration.ofMillis(4500), Duration.ofMillis(5500));
        assertThat(late).isBetween(Duration.ofSeconds(27), Duration.ofSeconds(33));
    }

    @Test
    void aVendorThatCallsBackIsAskedHalfAsOften() {
        var polled = wait(pacing.next(now, vendor(Completion.POLLING, Duration.ZERO), 10, null));
        var calledBack = wait(pacing.next(now, vendor(Completion.CALLBACK, Duration.ZERO), 10, null));

        assertThat(calledBack.toMillis()).isBetween(polled.toMillis() * 3 / 2, polled.toMillis() * 5 / 2);
    }

    @Test
    void neverFasterThanTheVendorsPaceNorSoonerThanItAsked() {
        var slowVendor = vendor(Completion.POLLING, Duration.ofSeconds(20));

        assertThat(wait(pacing.next(now, slowVendor, 0, Duration.ofSeconds(2)))).isGreaterThanOrEqualTo(Duration.ofSeconds(18));
        assertThat(wait(pacing.afterError(now, vendor(Completion.POLLING, Duration.ZERO), 0, Duration.ofSeconds(90))))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(81));
    }
}
