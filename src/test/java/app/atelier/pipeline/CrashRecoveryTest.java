package app.atelier.pipeline;

import app.atelier.Application;
import app.atelier.TestAccounts;
import app.atelier.TestCredits;
import app.atelier.TestProjects;
import app.atelier.account.Role;
import app.atelier.generation.GenerationProbe;
import app.atelier.generation.GenerationRequest;
import app.atelier.generation.GenerationRequests;
import app.atelier.generation.GenerationState;
import app.atelier.generation.SubmitResult;
import app.atelier.media.MediaLibrary;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.Providers;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.GenerationId;
import app.atelier.shared.Language;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The server stops with generations in flight (one rendering, two waiting their turn) and starts
 * again on the same database: every generation finishes, each charged exactly once. The rendering
 * one's job is also left as a node that died would leave it (picked, its heartbeat stale): it is
 * taken up again all the same.
 */
@Tag("application")
class CrashRecoveryTest {

    @Test
    void generationsInFlightWhenTheServerStopsAllFinishAfterItIsBack() throws Exception {
        var dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "crash-").toAbsolutePath();
        UUID member;
        List<GenerationId> queued;

        try (var first = start(dataDir)) {
            var jdbc = first.getBean(JdbcClient.class);
            var signedIn = new TestAccounts(jdbc, first.getBean(PasswordEncoder.class))
                    .member(Role.MEMBER, Language.FRENCH, "Claire Martin");
            member = signedIn.memberId();
            new TestCredits(jdbc).grant(TestAccounts.TEAM_ID, member, CreditCurrency.VIDEO, 5);
            var projects = new TestProjects(jdbc, first.getBean(MediaLibrary.class));
            var project = projects.project(TestAccounts.TEAM_ID, "Villa Les Oliviers", 3);

            var security = first.getBean(SecurityContextHolderStrategy.class);
            var context = security.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.getAuthorities()));
            security.setContext(context);
            try {
                var result = first.getBean(GenerationRequests.class).submit(new GenerationRequest(project, projects.photosOf(project),
                        Providers.LOCAL, GenerationKind.CAMERA_MOTION,
                        Map.of("motion", "PAN_RIGHT", "format", "LANDSCAPE", "duration", "10")));
                queued = ((SubmitResult.Accepted) result).generationIds();
            } finally {
                security.clearContext();
            }
            var probe = new GenerationProbe(jdbc);
            await().atMost(Duration.ofSeconds(60)).until(() -> probe.state(queued.getFirst()) == GenerationState.RUNNING
                    && probe.progress(queued.getFirst()) >= 5);
            assertThat(queued.subList(1, 3)).allSatisfy(id -> assertThat(probe.state(id)).isEqualTo(GenerationState.QUEUED));
        }

        var database = JdbcClient.create(new DriverManagerDataSource(
                "jdbc:h2:file:" + dataDir.resolve("db/atelier") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", ""));
        var probe = new GenerationProbe(database);
        assertThat(queued).noneSatisfy(id -> assertThat(probe.state(id).terminal()).isTrue());
        // as a node that died mid-render would leave it
        database.sql("""
                        UPDATE scheduled_tasks SET picked = TRUE, picked_by = 'node-that-died', last_heartbeat = ?
                        WHERE task_name = 'generation-submit' AND task_instance = ?""")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(10), queued.getFirst().toString()).update();

        try (var second = start(dataDir)) {
            var jdbc = second.getBean(JdbcClient.class);
            var again = new GenerationProbe(jdbc);
            queued.forEach(id -> again.awaitState(id, GenerationState.SUCCEEDED, Duration.ofSeconds(120)));

            assertThat(queued).allSatisfy(id -> {
                assertThat(again.ledger(id)).containsExactly("RESERVE", "SETTLE");
                assertThat(again.results(id)).isEqualTo(1);
            });
            assertThat(new TestCredits(jdbc).available(member, CreditCurrency.VIDEO)).isEqualTo(2);
            // a one-time job's row goes once its handler has returned, a moment after the state it wrote
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'generation-submit'")
                            .query(Long.class).single()).as("no job left behind").isZero());
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        // as arguments: they must win over application.properties
        return new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run("--atelier.data-dir=" + dataDir, "--server.port=0", "--atelier.providers.local.cost=1",
                        "--atelier.render.parallel-renders=1");
    }
}
