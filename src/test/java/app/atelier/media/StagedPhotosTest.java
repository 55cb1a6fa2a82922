package app.atelier.media;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.shared.AtelierProperties;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Photos a script names by address are fetched and checked before anything is stored: a staged photo
 * is a work file until the request it belongs to is submitted, and nothing at all when it is not.
 */
@IntegrationTest
@TestPropertySource(properties = "atelier.media.import-trusted-hosts=localhost")
class StagedPhotosTest {

    @Autowired
    MediaLibrary media;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AtelierProperties atelier;

    final MockWebServer photos = new MockWebServer();
    UUID team;

    @BeforeEach
    void aTeamAndAPhotoHost() throws IOException {
        team = accounts.ensureTeam();
        photos.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                var path = request.getUrl().encodedPath();
                var body = switch (path) {
                    case "/facade.jpg" -> TestPhotos.jpeg(1200, 800);
                    case "/turned.jpg" -> TestPhotos.jpegWithOrientation(600, 400, 6);
                    default -> "<html>not a photo</html>".getBytes();
                };
                return new MockResponse.Builder().code(200)
                        .setHeader("Content-Type", path.endsWith(".jpg") ? "image/jpeg" : "text/html")
                        .body(new Buffer().write(body)).build();
            }
        });
        photos.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() throws IOException {
        photos.close();
    }

    @Test
    void aStagedPhotoIsAWorkFileUntilKeptAndNothingOnceLetGo() {
        long photosBefore = count("media_photo");

        var staged = media.stage(url("/facade.jpg"));

        assertThat(staged).isInstanceOf(PhotoStaging.Staged.class);
        var photo = ((PhotoStaging.Staged) staged).photo();
        assertThat(photo.width()).isEqualTo(1200);
        assertThat(photo.height()).isEqualTo(800);
        assertThat(photo.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(photo.file()).exists().startsWith(atelier.dataDir());
        assertThat(count("media_photo")).as("nothing stored by fetching").isEqualTo(photosBefore);

        media.discard(photo);

        assertThat(photo.file()).doesNotExist();
        assertThat(count("media_photo")).isEqualTo(photosBefore);
    }

    @Test
    void aTurnedPhotoSaysTheSizeItWillHaveUpright() {
        var staged = (PhotoStaging.Staged) media.stage(url("/turned.jpg"));

        assertThat(staged.photo().width()).as("EXIF orientation 6: a quarter turn").isEqualTo(400);
        assertThat(staged.photo().height()).isEqualTo(600);
        media.discard(staged.photo());
    }

    @Test
    void whatIsNotAPhotoIsRefusedWithoutAFileLeft() throws IOException {
        long workFiles = workFiles();

        var refused = media.stage(url("/page.html"));

        assertThat(refused).isInstanceOfSatisfying(PhotoStaging.Refused.class,
                refusal -> assertThat(refusal.reason()).isEqualTo(PhotoRefusal.NOT_AN_IMAGE));
        assertThat(workFiles()).isEqualTo(workFiles);
    }

    @Test
    void aKeptPhotoGoesWithTheTransactionThatKeptIt() {
        long photosBefore = count("media_photo");
        long filesBefore = count("media_asset");
        var staged = (PhotoStaging.Staged) media.stage(url("/facade.jpg"));
        var keys = new java.util.ArrayList<String>();

        transaction.executeWithoutResult(status -> {
            var kept = media.keep(team, staged.photo());
            assertThat(kept).isInstanceOf(PhotoImport.Imported.class);
            var photo = ((PhotoImport.Imported) kept).photo();
            keys.addAll(jdbc.sql("SELECT storage_key FROM media_asset WHERE id IN (?, ?, ?)")
                    .params(photo.original(), photo.thumbnailSmall(), photo.thumbnailLarge()).query(String.class).list());
            status.setRollbackOnly();
        });

        assertThat(keys).hasSize(3);
        assertThat(count("media_photo")).isEqualTo(photosBefore);
        assertThat(count("media_asset")).isEqualTo(filesBefore);
        assertThat(keys).allSatisfy(key -> assertThat(atelier.dataDir().resolve("media").resolve(key))
                .as("the stored file goes with the rollback").doesNotExist());
        assertThat(staged.photo().file()).as("the work file was used up").doesNotExist();
    }

    /** An address on the photo server, by the host name the test profile trusts. */
    private String url(String path) {
        return "http://localhost:" + photos.getPort() + path;
    }

    private long workFiles() throws IOException {
        try (var files = Files.list(atelier.dataDir().resolve("tmp"))) {
            return files.count();
        }
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
