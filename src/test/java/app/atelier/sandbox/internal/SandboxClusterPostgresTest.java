package app.atelier.sandbox.internal;

import app.atelier.PostgresAvailable;
import app.atelier.PostgresNodes;
import app.atelier.TestS3;
import app.atelier.media.TestPhotos;
import app.atelier.shared.LocalServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes on one PostgreSQL and one bucket: a sandbox task taken in by one node (its inputs written
 * there) is made by the other, once, and its result is served by either, byte for byte.
 */
@Tag("postgres")
@ExtendWith(PostgresAvailable.class)
class SandboxClusterPostgresTest {

    @RegisterExtension
    static final TestS3.PerClass s3 = new TestS3.PerClass();
    private final PostgresNodes nodes = new PostgresNodes("sandbox");

    @AfterEach
    void stopNodes() throws Exception {
        nodes.close();
    }

    @Test
    void aTaskTakenInByOneNodeIsMadeByTheOtherAndServedByBoth() throws Exception {
        var bucket = "atelier-" + UUID.randomUUID().toString().substring(0, 8);
        var intake = nodes.start(s3.nodeArguments(bucket).toArray(String[]::new));
        var maker = nodes.start(s3.nodeArguments(bucket).toArray(String[]::new));
        // the node that takes the task in does not tick: only the other can make it
        intake.getBean(SandboxClock.class).stop();
        var id = "cluster-" + UUID.randomUUID();
        var workshop = intake.getBean(SandboxWorkshop.class);
        Files.write(workshop.input(id), TestPhotos.jpeg(1200, 800));
        var mask = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        mask.getGraphics().fillRect(0, 400, 1200, 400);
        ImageIO.write(mask, "png", workshop.mask(id).toFile());
        var now = intake.getBean(Clock.class).instant();
        workshop.publishInputs(id);
        intake.getBean(SandboxTasks.class).add(id, IaCreaSandbox.EXTERIOR, "{\"room_type\":\"POOL\"}", null, now, now);

        var tasks = maker.getBean(SandboxTasks.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> tasks.find(id).orElseThrow().status() == SandboxTasks.Status.SUCCEEDED);
        var done = tasks.find(id).orElseThrow();
        assertThat(done.resultFile()).isEqualTo("result.jpg");
        assertThat(maker.getBean(SandboxWorkshop.class).resultHere(id)).as("made by the node that ticks").isPresent();
        assertThat(workshop.resultHere(id)).as("not by the one that took it in").isEmpty();

        var http = HttpClient.newHttpClient();
        byte[][] served = new byte[2][];
        int i = 0;
        for (var node : new org.springframework.context.ConfigurableApplicationContext[]{maker, intake}) {
            var base = node.getBean(LocalServer.class).base().orElseThrow();
            var answer = http.send(HttpRequest.newBuilder(URI.create(base + "/sandbox/files/" + id + "/result.jpg")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).isEqualTo(200);
            served[i++] = answer.body();
        }
        assertThat(served[1]).as("the node that did not make it serves the same file").isEqualTo(served[0]);
        var picture = ImageIO.read(new ByteArrayInputStream(served[1]));
        assertThat(picture.getWidth()).isEqualTo(1200);
    }
}
