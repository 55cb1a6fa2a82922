package app.atelier.shared;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DurationsTest {

    @Test
    void theMedianIsTheMiddleWaitOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(Durations.median(List.of())).isNull();
        assertThat(Durations.median(List.of(Duration.ofSeconds(90)))).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.median(List.of(Duration.ofMinutes(9), Duration.ofSeconds(5), Duration.ofMinutes(2))))
                .as("not the mean, which one slow night would pull").isEqualTo(Duration.ofMinutes(2));
        assertThat(Durations.median(List.of(Duration.ofSeconds(40), Duration.ofSeconds(10), Duration.ofSeconds(20),
                Duration.ofSeconds(30)))).isEqualTo(Duration.ofSeconds(25));
    }
}
