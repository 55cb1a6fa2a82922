package app.atelier.media.internal;

import app.atelier.shared.PublicAddresses;
import app.atelier.media.MediaProperties;
import app.atelier.media.PhotoRefusal;
import app.atelier.media.TestPhotos;
import app.atelier.shared.AtelierProperties;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Dns;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fetching from a real local server. The test resolver sends "photos.test" to that server, and the
 * policy lets that one name through as public; everything else is judged as in production.
 */
class UrlFetcherTest {

    @TempDir
    Path dataDir;

    private final MockWebServer server = new MockWebServer();
    private UrlFetcher fetcher;
    private TempFiles tempFiles;

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        tempFiles = new TempFiles(new AtelierProperties(URI.create("http://localhost:8080"), dataDir, null));
        Dns resolver = host -> switch (host) {
            case "photos.test" -> List.of(InetAddress.getByName("127.0.0.1"));
            case "intranet.test" -> List.of(InetAddress.getByName("10.0.0.5"));
            case "mixed.test" -> List.of(InetAddress.getByName("93.184.216.34"), InetAddress.getByName("192.168.1.1"));
            default -> throw new UnknownHostException(host);
        };
        var limits = MediaProperties.of(org.springframework.util.unit.DataSize.ofKilobytes(200), 50_000_000, 256,
                Duration.ofHours(1), Duration.ofSeconds(2), 3);
        fetcher = new UrlFetcher(limits, tempFiles, resolver,
                (host, address) -> host.equals("photos.test") || PublicAddresses.isPublic(address));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aPhotoIsFetchedWhole() throws IOException {
        byte[] photo = TestPhotos.jpeg(800, 600);
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "image/jpeg")
                .body(new Buffer().write(photo)).build());

        var fetch = fetcher.fetch(url("/listings/1234/facade.jpg"));

        var fetched = (UrlFetcher.Fetch.Fetched) fetch;
        assertThat(Files.readAllBytes(fetched.file())).isEqualTo(photo);
        assertThat(fetched.fileName()).isEqualTo("facade.jpg");
        TempFiles.delete(fetched.file());
    }

    @Test
    void redirectsAreFollowedWhileTheyStayPublic() throws IOException {
        server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "/moved/photo.jpg").build());
        server.enqueue(new MockResponse.Builder().code(200).body(new Buffer().write(TestPhotos.jpeg(400, 300))).build());

        var fetched = (UrlFetcher.Fetch.Fetched) fetcher.fetch(url("/photo.jpg"));

        assertThat(fetched.url()).endsWith("/moved/photo.jpg");
        TempFiles.delete(fetched.file());
    }

    @Test
    void aRedirectToThisMachineIsRefusedBeforeAnyRequestIsMade() throws InterruptedException {
        server.enqueue(new MockResponse.Builder().code(302)
                .setHeader("Location", "http://127.0.0.1:" + server.getPort() + "/admin").build());

        assertThat(fetcher.fetch(url("/photo.jpg"))).isEqualTo(failed(PhotoRefusal.URL_NOT_ALLOWED));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getUrl().encodedPath()).isEqualTo("/photo.jpg");
    }

    @Test
    void aRedirectToANameInsideAPrivateNetworkIsRefused() {
        server.enqueue(new MockResponse.Builder().code(301).setHeader("Location", "http://intranet.test/photo.jpg").build());

        assertThat(fetcher.fetch(url("/photo.jpg"))).isEqualTo(failed(PhotoRefusal.URL_NOT_ALLOWED));
    }

    @Test
    void aNameWithOnePrivateAddressAmongPublicOnesIsRefused() {
        assertThat(fetcher.fetch("http://mixed.test/photo.jpg")).isEqualTo(failed(PhotoRefusal.URL_NOT_ALLOWED));
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() {
        server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "file:///etc/passwd").build());

        assertThat(fetcher.fetch(url("/photo.jpg"))).isEqualTo(failed(PhotoRefusal.URL_NOT_ALLOWED));
    }

    @Test
    void redirectsStopAfterTheLimit() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "/again").build());
        }

        assertThat(fetcher.fetch(url("/photo.jpg"))).isEqualTo(failed(PhotoRefusal.URL_TOO_MANY_REDIRECTS));
    }

    @Test
    void aDeclaredBodyOverTheLimitIsRefusedWithoutReadingIt() throws IOException {
        server.enqueue(new MockResponse.Builder().code(200).body(new Buffer().write(new byte[300 * 1024])).build());

        assertThat(fetcher.fetch(url("/big.jpg"))).isEqualTo(failed(PhotoRefusal.TOO_LARGE, 0L));
        assertThat(workFiles()).isEmpty();
    }

    @Test
    void anUndeclaredBodyIsCutAtTheLimit() throws IOException {
        server.enqueue(new MockResponse.Builder().code(200).chunkedBody(new Buffer().write(new byte[300 * 1024]), 8192).build());

        assertThat(fetcher.fetch(url("/big.jpg"))).isEqualTo(failed(PhotoRefusal.TOO_LARGE, 0L));
        assertThat(workFiles()).isEmpty();
    }

    @Test
    void anErrorStatusIsReported() {
        server.enqueue(new MockResponse.Builder().code(404).build());

        assertThat(fetcher.fetch(url("/missing.jpg"))).isEqualTo(failed(PhotoRefusal.URL_HTTP_ERROR, 404));
    }

    @Test
    void aServerThatDoesNotAnswerIsReportedUnreachable() {
        server.enqueue(new MockResponse.Builder().code(200).headersDelay(5, TimeUnit.SECONDS).build());

        assertThat(fetcher.fetch(url("/slow.jpg"))).isEqualTo(failed(PhotoRefusal.URL_UNREACHABLE));
    }

    @Test
    void anUnknownHostIsReportedUnreachable() {
        assertThat(fetcher.fetch("http://nowhere.test/photo.jpg")).isEqualTo(failed(PhotoRefusal.URL_UNREACHABLE));
    }

    private String url(String path) {
        return "http://photos.test:" + server.getPort() + path;
    }

    private java.util.List<Path> workFiles() throws IOException {
        try (var files = Files.list(dataDir.resolve("tmp"))) {
            return files.toList();
        }
    }

    private static UrlFetcher.Fetch failed(PhotoRefusal reason, Object... arguments) {
        return new UrlFetcher.Fetch.Failed(reason, List.of(arguments));
    }
}
