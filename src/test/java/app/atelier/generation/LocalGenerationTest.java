package app.atelier.generation;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.TestProjects;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.Providers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class LocalGenerationTest {

    @Autowired
    Generations generations;

    @Autowired
    GenerationRequests requests;

    @Autowired
    TestProjects testProjects;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMember(role = Role.MEMBER)
    void aCameraMotionIsRenderedStoredAndPlayable() {
        var project = testProjects.project(TestAccounts.TEAM_ID, "Villa Les Oliviers", 1);
        var photo = testProjects.photosOf(project).getFirst();

        var result = requests.submit(new GenerationRequest(project, List.of(photo), Providers.LOCAL,
                GenerationKind.CAMERA_MOTION, Map.of("motion", "ZOOM_IN", "format", "LANDSCAPE", "duration", "5")));

        assertThat(result).isInstanceOf(SubmitResult.Accepted.class);
        var id = ((SubmitResult.Accepted) result).generationIds().getFirst();
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(generations.find(id).orElseThrow().state()).isEqualTo(GenerationState.SUCCEEDED));
        var done = generations.find(id).orElseThrow();
        assertThat(done.progress()).isEqualTo(100);
        assertThat(done.results()).singleElement().satisfies(video -> {
            assertThat(video.width()).isEqualTo(1280);
            assertThat(video.height()).isEqualTo(768);
            assertThat(video.duration()).isEqualTo(Duration.ofSeconds(5));
            assertThat(video.poster()).isNotNull();
        });
        assertThat(jdbc.sql("SELECT kind FROM credit_entry WHERE generation_id = ? ORDER BY created_at").param(id.value())
                .query(String.class).list()).containsExactly("RESERVE", "SETTLE");
    }
}
