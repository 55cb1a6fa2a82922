package app.atelier.bench;

import app.atelier.Application;
import app.atelier.TestAccounts;
import app.atelier.TestCredits;
import app.atelier.TestProjects;
import app.atelier.account.Role;
import app.atelier.account.SignedInMember;
import app.atelier.generation.GenerationRequest;
import app.atelier.generation.GenerationRequests;
import app.atelier.generation.SubmitResult;
import app.atelier.media.MediaLibrary;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.GenerationId;
import app.atelier.shared.Language;
import app.atelier.shared.ProjectId;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The application as a benchmark runs it: the test profile, a data directory of its own under
 * {@code target/bench-data}, quiet logs; a member of the fixture team with credits, a project with
 * photos, and submitting as that member.
 */
final class BenchApp implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final SignedInMember member;

    private BenchApp(ConfigurableApplicationContext context, int videoCredits) {
        this.context = context;
        var jdbc = jdbc();
        this.member = new TestAccounts(jdbc, context.getBean(PasswordEncoder.class)).member(Role.MEMBER, Language.FRENCH, "Claire Martin");
        new TestCredits(jdbc).grant(TestAccounts.TEAM_ID, member.memberId(), CreditCurrency.VIDEO, videoCredits);
    }

    /** Starts the application with these settings (and {@code sources} besides it) and a member with credits. */
    static BenchApp start(String name, int videoCredits, List<Class<?>> sources, String... settings) throws IOException {
        var dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "bench-data")), name + "-").toAbsolutePath();
        var all = Stream.concat(Stream.of(Application.class), sources.stream()).toArray(Class<?>[]::new);
        var arguments = new ArrayList<>(List.of("--atelier.data-dir=" + dataDir, "--logging.level.root=WARN"));
        arguments.addAll(List.of(settings));
        return new BenchApp(new SpringApplicationBuilder(all).profiles("test").run(arguments.toArray(String[]::new)), videoCredits);
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    SignedInMember member() {
        return member;
    }

    Path dataDir() {
        return bean(app.atelier.shared.AtelierProperties.class).dataDir();
    }

    /** A project of the fixture team with this many photos. */
    ProjectId project(int photos) {
        return new TestProjects(jdbc(), bean(MediaLibrary.class)).project(TestAccounts.TEAM_ID, "Villa Les Oliviers", photos);
    }

    /** Adds a photo to the project. */
    app.atelier.media.PhotoSummary addPhoto(ProjectId project, String name, byte[] content) {
        return new TestProjects(jdbc(), bean(MediaLibrary.class)).addPhoto(TestAccounts.TEAM_ID, project, name, content);
    }

    List<UUID> photosOf(ProjectId project) {
        return new TestProjects(jdbc(), bean(MediaLibrary.class)).photosOf(project);
    }

    /** Submits as the member; the generations it queued. */
    List<UUID> submit(GenerationRequest request) {
        var security = bean(SecurityContextHolderStrategy.class);
        var signedIn = security.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities()));
        security.setContext(signedIn);
        try {
            if (!(bean(GenerationRequests.class).submit(request) instanceof SubmitResult.Accepted accepted)) {
                throw new IllegalStateException("Refused: " + request);
            }
            return accepted.generationIds().stream().map(GenerationId::value).toList();
        } finally {
            security.clearContext();
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
