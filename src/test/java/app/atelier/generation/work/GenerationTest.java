package app.atelier.generation.work;

import app.atelier.generation.FailureReason;
import app.atelier.generation.GenerationState;
import app.atelier.provider.GenerationKind;
import app.atelier.shared.CreditCurrency;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Duplicate and out-of-order reports about one generation: only the first that applies changes it. */
class GenerationTest {

    private final Instant now = Instant.parse("2026-11-21T10:00:00Z");

    private Generation queued() {
        return new Generation(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "scripted",
                GenerationKind.AI_VIDEO, "{}", CreditCurrency.VIDEO, 1, now.plusSeconds(3600), null);
    }

    private Generation running(int progress) {
        var generation = queued();
        generation.claim(now, null);
        generation.submitted("task-1", "hash", now, now.plusSeconds(600), now.plusSeconds(5), false);
        generation.progressed(progress, "processing", null, now.plusSeconds(10));
        return generation;
    }

    @Test
    void aSubmissionIsClaimedOnceAndAcceptedOnce() {
        var generation = queued();
        assertThat(generation.claim(now, null)).isTrue();
        assertThat(generation.claim(now, null)).as("a second claim").isFalse();
        assertThat(generation.submitted("task-1", "hash", now, now.plusSeconds(600), null, false)).isTrue();
        assertThat(generation.submitted("task-1", "hash", now, now.plusSeconds(600), null, false)).as("a duplicate").isFalse();
        assertThat(generation.state()).isEqualTo(GenerationState.SUBMITTED);
        assertThat(generation.vendorId()).isEqualTo("task-1");
    }

    @Test
    void progressOnlyMovesForward() {
        var generation = running(60);
        assertThat(generation.progressed(40, "processing", null, null)).as("an older report").isFalse();
        assertThat(generation.progress()).isEqualTo(60);
        assertThat(generation.progressed(75, "processing", null, null)).isTrue();
        assertThat(generation.progress()).isEqualTo(75);
    }

    @Test
    void resultsAreReportedOnceAndTheGenerationSucceedsOnce() {
        var generation = running(90);
        assertThat(generation.resultsReported("[]")).isTrue();
        assertThat(generation.resultsReported("[]")).as("a duplicate report").isFalse();
        assertThat(generation.succeeded(now)).isTrue();
        assertThat(generation.succeeded(now)).as("a duplicate success").isFalse();
        assertThat(generation.state()).isEqualTo(GenerationState.SUCCEEDED);
        assertThat(generation.progress()).isEqualTo(100);
        assertThat(generation.pendingResults()).isNull();
    }

    @Test
    void nothingChangesAnEndedGeneration() {
        var generation = running(30);
        assertThat(generation.cancelled(now)).isTrue();

        assertThat(generation.progressed(80, "processing", null, null)).as("a late progress").isFalse();
        assertThat(generation.resultsReported("[]")).as("a late result").isFalse();
        assertThat(generation.succeeded(now)).as("a late success").isFalse();
        assertThat(generation.failed(FailureReason.VENDOR_DOWN, "late", now)).as("a late failure").isFalse();
        assertThat(generation.state()).isEqualTo(GenerationState.CANCELLED);
        assertThat(generation.progress()).isEqualTo(30);
        assertThat(generation.failure()).isNull();
    }

    @Test
    void aGenerationCannotSucceedBeforeAnyProviderHasIt() {
        var generation = queued();
        assertThat(generation.succeeded(now)).isFalse();
        assertThat(generation.resultsReported("[]")).isFalse();
        assertThat(generation.state()).isEqualTo(GenerationState.QUEUED);
    }

    @Test
    void aRefusalForNowPutsTheSubmissionBackInTheQueue() {
        var generation = queued();
        generation.claim(now, null);
        assertThat(generation.unclaim()).isTrue();
        assertThat(generation.submissionStarted()).isFalse();
        assertThat(generation.claim(now, null)).isTrue();
        assertThat(generation.submitAttempts()).isEqualTo(2);
    }
}
