package app.atelier.media.storage;

import app.atelier.TestS3;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;


/** The S3 backend against a real S3-compatible server (s3proxy, in memory), speaking AWS signature v4. */
class S3StorageTest extends StorageContract {

    private static TestS3 server;
    private static S3Storage storage;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestS3.start();
        storage = new S3Storage(new StorageProperties.S3(server.endpoint(), "eu-west-3", "atelier-media", TestS3.IDENTITY,
                TestS3.CREDENTIAL, true));
    }

    @AfterAll
    static void stopServer() throws Exception {
        storage.close();
        server.close();
    }

    @Override
    Storage storage() {
        return storage;
    }
}
