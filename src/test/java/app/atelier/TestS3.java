package app.atelier;

import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.URI;
import java.util.List;
import java.util.Properties;

/** A real S3-compatible server for tests (s3proxy, in memory, AWS signature v4) on a free port. */
public final class TestS3 implements AutoCloseable {

    public static final String IDENTITY = "atelier-test";
    public static final String CREDENTIAL = "atelier-test-secret";

    private final S3Proxy server;

    private TestS3(S3Proxy server) {
        this.server = server;
    }

    public static TestS3 start() throws Exception {
        var properties = new Properties();
        properties.setProperty("provider", "transient");
        properties.setProperty("s3proxy.endpoint", "http://127.0.0.1:0");
        properties.setProperty("s3proxy.authorization", "aws-v2-or-v4");
        properties.setProperty("s3proxy.identity", IDENTITY);
        properties.setProperty("s3proxy.credential", CREDENTIAL);
        var server = S3Proxy.Builder.fromProperties(properties)
                .blobStore(BlobStores.create("transient", properties))
                .build();
        server.start();
        while (!server.getState().equals("STARTED")) {
            Thread.onSpinWait();
        }
        return new TestS3(server);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getPort());
    }

    /** What a node is started with to keep its files in {@code bucket} of this server. */
    public List<String> nodeArguments(String bucket) {
        return List.of("--atelier.storage.type=s3", "--atelier.storage.s3.endpoint=" + endpoint(),
                "--atelier.storage.s3.bucket=" + bucket, "--atelier.storage.s3.access-key=" + IDENTITY,
                "--atelier.storage.s3.secret-key=" + CREDENTIAL, "--atelier.storage.s3.path-style=true");
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** One server for a test class: {@code @RegisterExtension static final TestS3.PerClass s3 = new TestS3.PerClass();} */
    public static final class PerClass implements BeforeAllCallback, AfterAllCallback {

        private @Nullable TestS3 server;

        @Override
        public void beforeAll(ExtensionContext context) throws Exception {
            server = start();
        }

        @Override
        public void afterAll(ExtensionContext context) throws Exception {
            if (server != null) {
                server.close();
            }
        }

        /** What a node is started with to keep its files in {@code bucket}. */
        public List<String> nodeArguments(String bucket) {
            return java.util.Objects.requireNonNull(server, "the server starts before the class's tests").nodeArguments(bucket);
        }
    }
}
