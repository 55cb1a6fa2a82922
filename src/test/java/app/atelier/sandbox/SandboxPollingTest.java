package app.atelier.sandbox;

import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.generation.FailureReason;
import app.atelier.generation.GenerationState;
import app.atelier.journey.BrowserTest;
import app.atelier.provider.GenerationKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The adapters and the sandbox through the real pipeline when no callback can arrive (this
 * application's public address leads nowhere, as behind a laptop's localhost): everything is polled,
 * Luma in batches; a prompt with {@code #fail} fails and gives the credits back.
 */
@BrowserTest
class SandboxPollingTest {

    static final Duration AT_MOST = Duration.ofSeconds(90);

    @Autowired
    SandboxFixture sandbox;

    @Test
    @WithMember(role = Role.MEMBER)
    void aWanVideoIsPolledToTheEnd() {
        var project = sandbox.project("Villa Les Oliviers");

        var id = sandbox.submit(project, "evolink-wan", GenerationKind.AI_VIDEO,
                Map.of("prompt", "Un drone survole la villa et sa piscine", "duration", "5", "quality", "720p"), null);

        sandbox.probe().awaitState(id, GenerationState.SUCCEEDED, AT_MOST);
        var result = sandbox.result(id);
        assertThat(result.get("type")).isEqualTo("VIDEO");
        assertThat(result.get("width")).isEqualTo(1280);
        assertThat(((Number) result.get("duration_ms")).longValue()).isEqualTo(5000);
        var generation = sandbox.generation(id);
        assertThat(generation.get("sandbox")).isEqualTo(true);
        assertThat((int) generation.get("polls")).as("polled, not called back").isPositive();
        assertThat((String) generation.get("vendor_facts")).contains("\"callback\":\"none: polled\"").contains("credits_reserved");
        assertThat(sandbox.ledger(id)).containsExactly("RESERVE", "SETTLE");
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void lumaVideosArePolledInOneBatch() {
        var project = sandbox.project("Bastide du Lac");

        var first = sandbox.submit(project, "luma", GenerationKind.AI_VIDEO, Map.of("prompt", "Travelling avant", "aspect_ratio", "1:1"), null);
        var second = sandbox.submit(project, "luma", GenerationKind.AI_VIDEO, Map.of("prompt", "Travelling arrière"), null);

        sandbox.probe().awaitState(first, GenerationState.SUCCEEDED, AT_MOST);
        sandbox.probe().awaitState(second, GenerationState.SUCCEEDED, AT_MOST);
        assertThat(sandbox.result(first).get("width")).isEqualTo(1080);
        assertThat(sandbox.result(first).get("height")).isEqualTo(1080);
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void aPromptAskingForFailureFailsAndGivesTheCreditsBack() {
        var project = sandbox.project("Mas des Lavandes");

        var id = sandbox.submit(project, "evolink-wan", GenerationKind.AI_VIDEO, Map.of("prompt", "Vue du jardin #fail"), null);

        sandbox.probe().awaitState(id, GenerationState.FAILED, AT_MOST);
        assertThat(sandbox.generation(id).get("error_code")).isEqualTo(FailureReason.FAILED_AT_VENDOR.name());
        assertThat(sandbox.ledger(id)).containsExactly("RESERVE", "RELEASE");
    }
}
