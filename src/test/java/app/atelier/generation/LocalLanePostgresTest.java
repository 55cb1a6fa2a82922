package app.atelier.generation;

import app.atelier.PostgresAvailable;
import app.atelier.PostgresNodes;
import app.atelier.TestAccounts;
import app.atelier.TestProjects;
import app.atelier.TestS3;
import app.atelier.account.Role;
import app.atelier.media.MediaLibrary;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.Providers;
import app.atelier.shared.Language;
import app.atelier.shared.ThisNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The local engine's lane on two nodes with one render slot each: both render at once (a second node
 * adds its own slot), neither renders two, and every clip is made once. The nodes share a bucket,
 * as a cluster's do: the node that renders a photo is not the one it was added on.
 */
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
class LocalLanePostgresTest {

    @RegisterExtension
    static final TestS3.PerClass s3 = new TestS3.PerClass();
    private final PostgresNodes nodes = new PostgresNodes("lane");

    @AfterEach
    void stopNodes() throws Exception {
        nodes.close();
    }

    @Test
    void eachNodeRendersAsManyAsItsSlotsAndTwoNodesRenderTwice() throws Exception {
        var bucket = "atelier-" + UUID.randomUUID().toString().substring(0, 8);
        var settings = new ArrayList<>(s3.nodeArguments(bucket));
        settings.add("--atelier.render.parallel-renders=1");
        var nodeA = nodes.start(settings.toArray(String[]::new));
        var nodeB = nodes.start(settings.toArray(String[]::new));
        var jdbc = nodeA.getBean(JdbcClient.class);
        var accounts = new TestAccounts(jdbc, nodeA.getBeanProvider(org.springframework.security.crypto.password.PasswordEncoder.class));
        var member = accounts.member(Role.MEMBER, Language.FRENCH, "Claire Martin");
        var contexts = nodeA.getBean(SecurityContextHolderStrategy.class);
        var signedIn = contexts.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities()));
        contexts.setContext(signedIn);
        var projects = new TestProjects(jdbc, nodeA.getBean(MediaLibrary.class));
        var project = projects.project(TestAccounts.TEAM_ID, "Mas des Lavandes", 6);
        var photos = projects.photosOf(project);

        SubmitResult result;
        try {
            result = nodeA.getBean(GenerationRequests.class).submit(new GenerationRequest(project, photos, Providers.LOCAL,
                    GenerationKind.CAMERA_MOTION, Map.of("motion", "ZOOM_IN", "format", "SQUARE", "duration", "5")));
        } finally {
            contexts.clearContext();
        }
        assertThat(result).isInstanceOf(SubmitResult.Accepted.class);

        Set<String> renderingAtOnce = new HashSet<>();
        int[] most = {0};
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50)).until(() -> {
            List<Map<String, Object>> making = jdbc.sql("""
                            SELECT made_on, COUNT(*) AS n FROM generation WHERE provider_id = 'local'
                            AND (state IN ('SUBMITTED', 'RUNNING') OR (state = 'QUEUED' AND submit_started_at IS NOT NULL))
                            GROUP BY made_on""").query().listOfRows();
            making.forEach(row -> most[0] = Math.max(most[0], ((Number) row.get("n")).intValue()));
            if (making.size() == 2) {
                making.forEach(row -> renderingAtOnce.add(String.valueOf(row.get("made_on"))));
            }
            return jdbc.sql("SELECT COUNT(*) FROM generation WHERE finished_at IS NOT NULL").query(Long.class).single() == photos.size();
        });

        assertThat(jdbc.sql("SELECT state FROM generation").query(String.class).list()).as("every clip made")
                .hasSize(photos.size()).containsOnly("SUCCEEDED");
        assertThat(most[0]).as("clips rendering at once on one node with one slot").isEqualTo(1);
        assertThat(renderingAtOnce).as("both nodes rendered at the same time")
                .containsExactlyInAnyOrder(nodeA.getBean(ThisNode.class).name(), nodeB.getBean(ThisNode.class).name());
        // a node with a free place takes waiting work itself, whichever job runner polls first
        assertThat(jdbc.sql("SELECT made_on FROM generation").query(String.class).list()).as("clips each node made")
                .filteredOn(nodeB.getBean(ThisNode.class).name()::equals).hasSizeBetween(2, 4);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM credit_entry WHERE kind = 'SETTLE'").query(Long.class).single())
                .as("each clip settled once").isEqualTo(photos.size());
    }
}
