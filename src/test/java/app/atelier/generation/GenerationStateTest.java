package app.atelier.generation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static app.atelier.generation.GenerationState.CANCELLED;
import static app.atelier.generation.GenerationState.FAILED;
import static app.atelier.generation.GenerationState.QUEUED;
import static app.atelier.generation.GenerationState.RUNNING;
import static app.atelier.generation.GenerationState.SUBMITTED;
import static app.atelier.generation.GenerationState.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;

/** The lifecycle of a generation (docs/architecture.md): forward only, terminal is final, success only from the provider's hands. */
class GenerationStateTest {

    private static final Map<GenerationState, Set<GenerationState>> ALLOWED = Map.of(
            QUEUED, EnumSet.of(SUBMITTED, RUNNING, FAILED, CANCELLED),
            SUBMITTED, EnumSet.of(RUNNING, SUCCEEDED, FAILED, CANCELLED),
            RUNNING, EnumSet.of(RUNNING, SUCCEEDED, FAILED, CANCELLED),
            SUCCEEDED, EnumSet.noneOf(GenerationState.class),
            FAILED, EnumSet.noneOf(GenerationState.class),
            CANCELLED, EnumSet.noneOf(GenerationState.class));

    @ParameterizedTest
    @EnumSource(GenerationState.class)
    void everyMoveIsAllowedOrRefusedExactlyAsTheLifecycleSays(GenerationState from) {
        for (var to : GenerationState.values()) {
            assertThat(from.canMoveTo(to))
                    .as("%s -> %s", from, to)
                    .isEqualTo(ALLOWED.get(from).contains(to));
        }
    }

    @ParameterizedTest
    @EnumSource(value = GenerationState.class, names = {"SUCCEEDED", "FAILED", "CANCELLED"})
    void aTerminalStateIsFinal(GenerationState terminal) {
        assertThat(terminal.terminal()).isTrue();
        assertThat(EnumSet.allOf(GenerationState.class)).noneMatch(terminal::canMoveTo);
    }

    @ParameterizedTest
    @EnumSource(value = GenerationState.class, names = {"QUEUED", "SUBMITTED", "RUNNING"})
    void everyStateUnderWayCanStillFailOrBeCancelled(GenerationState underWay) {
        assertThat(underWay.terminal()).isFalse();
        assertThat(underWay.canMoveTo(FAILED)).isTrue();
        assertThat(underWay.canMoveTo(CANCELLED)).isTrue();
    }
}
