package app.atelier.sandbox;

import app.atelier.FreshDataDirectory;
import app.atelier.TestFixtures;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.generation.GenerationState;
import app.atelier.provider.GenerationKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The adapters and the sandbox against each other through the real pipeline, moved by callbacks
 * alone: this application listens where its public address says, and its own polls are an hour
 * apart, so every generation that finishes was told so by the sandbox's callback.
 */
@Tag("application")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = FreshDataDirectory.class)
@Import(TestFixtures.class)
class SandboxCallbacksTest {

    static final int PORT = freePort();
    static final Duration AT_MOST = Duration.ofSeconds(90);

    @DynamicPropertySource
    static void reachable(DynamicPropertyRegistry properties) {
        properties.add("server.port", () -> PORT);
        properties.add("atelier.public-url", () -> "http://127.0.0.1:" + PORT);
        properties.add("atelier.jobs.fastest-poll", () -> "1h");
    }

    @Autowired
    SandboxFixture sandbox;

    @TempDir
    Path folder;

    @Test
    @WithMember(role = Role.MEMBER)
    void anIaCreaAnimationIsMadeAndCalledBack() {
        var project = sandbox.project("Villa Les Oliviers");

        var id = sandbox.submit(project, "iacrea-animation", GenerationKind.CAMERA_MOTION,
                Map.of("motion", "ZOOM_OUT", "format", "PORTRAIT"), null);

        sandbox.probe().awaitState(id, GenerationState.SUCCEEDED, AT_MOST);
        var result = sandbox.result(id);
        assertThat(result.get("type")).isEqualTo("VIDEO");
        assertThat(result.get("width")).isEqualTo(768);
        assertThat(result.get("height")).isEqualTo(1280);
        var generation = sandbox.generation(id);
        assertThat(generation.get("sandbox")).isEqualTo(true);
        assertThat(sandbox.calledBack(id)).as("moved by the sandbox's callback (our own polls are an hour apart)").isTrue();
        assertThat((String) generation.get("vendor_facts")).contains("remaining_videos").contains("project_id");
        assertThat(sandbox.ledger(id)).containsExactly("RESERVE", "SETTLE");
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void anExteriorIsPaintedIntoItsMaskAndAVariationFollows() {
        var project = sandbox.project("Mas des Lavandes");
        var mask = sandbox.mask(project, folder);

        var first = sandbox.submit(project, "iacrea-exterior", GenerationKind.EXTERIOR,
                Map.of("exterior", "POOL", "mask", mask.toString()), null);

        sandbox.probe().awaitState(first, GenerationState.SUCCEEDED, AT_MOST);
        var pool = sandbox.image((java.util.UUID) sandbox.result(first).get("asset_id"), folder);
        var water = new java.awt.Color(pool.getRGB(pool.getWidth() / 2, pool.getHeight() * 3 / 4));
        assertThat(water.getBlue()).as("water in the zone").isGreaterThan(water.getRed() + 40);
        assertThat((String) sandbox.generation(first).get("vendor_facts")).contains("remaining_photos");

        var variation = sandbox.submit(project, "iacrea-exterior", GenerationKind.EXTERIOR,
                Map.of("exterior", "PETANQUE", "mask", mask.toString()), first);

        sandbox.probe().awaitState(variation, GenerationState.SUCCEEDED, AT_MOST);
        assertThat((String) sandbox.generation(variation).get("vendor_facts")).contains("\"variation_number\":\"1\"");
        var gravel = sandbox.image((java.util.UUID) sandbox.result(variation).get("asset_id"), folder);
        var stone = new java.awt.Color(gravel.getRGB(gravel.getWidth() / 2, gravel.getHeight() * 3 / 4));
        assertThat(stone.getRed()).as("beige gravel, not water: %s in a %dx%d result of %s", stone, gravel.getWidth(),
                gravel.getHeight(), sandbox.result(variation)).isGreaterThan(stone.getBlue());
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void aLumaVideoIsMadeThenExtended() {
        var project = sandbox.project("Bastide du Lac");

        var first = sandbox.submit(project, "luma", GenerationKind.AI_VIDEO,
                Map.of("prompt", "Lent travelling vers la terrasse au coucher du soleil", "aspect_ratio", "9:16"), null);

        sandbox.probe().awaitState(first, GenerationState.SUCCEEDED, AT_MOST);
        assertThat(sandbox.result(first).get("height")).isEqualTo(1280);
        assertThat((String) sandbox.generation(first).get("vendor_facts")).contains("video_id");

        var extension = sandbox.submit(project, "luma", GenerationKind.AI_VIDEO,
                Map.of("prompt", "La caméra continue vers la piscine"), first);

        sandbox.probe().awaitState(extension, GenerationState.SUCCEEDED, AT_MOST);
        assertThat(sandbox.calledBack(extension)).isTrue();
    }


    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
