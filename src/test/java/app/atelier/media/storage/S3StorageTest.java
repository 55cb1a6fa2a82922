package app.atelier.media.storage;

import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.net.URI;
import java.util.Properties;

/** The S3 backend against a real S3-compatible server (s3proxy, in memory), speaking AWS signature v4. */
class S3StorageTest extends StorageContract {

    private static S3Proxy server;
    private static S3Storage storage;

    @BeforeAll
    static void startServer() throws Exception {
        var properties = new Properties();
        properties.setProperty("provider", "transient");
        properties.setProperty("s3proxy.endpoint", "http://127.0.0.1:0");
        properties.setProperty("s3proxy.authorization", "aws-v2-or-v4");
        properties.setProperty("s3proxy.identity", "atelier-test");
        properties.setProperty("s3proxy.credential", "atelier-test-secret");
        server = S3Proxy.Builder.fromProperties(properties)
                .blobStore(BlobStores.create("transient", properties))
                .build();
        server.start();
        while (!server.getState().equals("STARTED")) {
            Thread.onSpinWait();
        }
        storage = new S3Storage(new StorageProperties.S3(URI.create("http://127.0.0.1:" + server.getPort()),
                "eu-west-3", "atelier-media", "atelier-test", "atelier-test-secret", true));
    }

    @AfterAll
    static void stopServer() throws Exception {
        storage.close();
        server.stop();
    }

    @Override
    Storage storage() {
        return storage;
    }
}
