package app.atelier.sandbox.internal;

import app.atelier.sandbox.SandboxProperties;
import app.atelier.shared.LocalServer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sandbox result named after the node that answered (which may have stopped since) is fetched from
 * this node, which serves it too; any other address is left as it is.
 */
class SandboxHostsTest {

    private static final LocalServer HERE = new LocalServer() {
        @Override
        public Optional<String> base() {
            return Optional.of("http://127.0.0.1:9000");
        }
    };

    @Test
    void aSandboxResultIsFetchedFromThisNodeWhicheverNodeItNames() {
        var hosts = new SandboxHosts(new SandboxProperties(true, Duration.ofSeconds(5), Duration.ofMillis(250)), HERE);

        assertThat(hosts.locate(URI.create("http://127.0.0.1:8123/sandbox/files/task-1/result.mp4")))
                .isEqualTo(URI.create("http://127.0.0.1:9000/sandbox/files/task-1/result.mp4"));
        assertThat(hosts.locate(URI.create("https://cdn.example.com/sandbox/files/task-1/result.mp4")))
                .as("a vendor's own address").hasToString("https://cdn.example.com/sandbox/files/task-1/result.mp4");
        assertThat(hosts.locate(URI.create("http://127.0.0.1:8123/api/anything")))
                .as("not a sandbox file").hasToString("http://127.0.0.1:8123/api/anything");
    }

    @Test
    void withTheSandboxOffNothingIsMoved() {
        var hosts = new SandboxHosts(new SandboxProperties(false, Duration.ofSeconds(5), Duration.ofMillis(250)), HERE);

        assertThat(hosts.locate(URI.create("http://127.0.0.1:8123/sandbox/files/task-1/result.mp4")))
                .hasToString("http://127.0.0.1:8123/sandbox/files/task-1/result.mp4");
    }
}
