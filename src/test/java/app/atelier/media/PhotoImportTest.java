package app.atelier.media;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.media.storage.Storage;
import app.atelier.shared.AtelierProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Importing photos: what is accepted and how it is stored, and every refusal leaving nothing behind. */
@IntegrationTest
class PhotoImportTest {

    @Autowired
    MediaLibrary media;

    @Autowired
    Storage storage;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AtelierProperties atelier;

    UUID team;

    @BeforeEach
    void aTeam() {
        team = accounts.ensureTeam();
    }

    static Stream<Arguments> acceptedPhotos() {
        return Stream.of(
                Arguments.of("façade.jpg", (Supplier<byte[]>) () -> TestPhotos.jpeg(2400, 1600), ImageFormat.JPEG, 2400, 1600),
                Arguments.of("plan.png", (Supplier<byte[]>) () -> TestPhotos.png(800, 1000, false), ImageFormat.PNG, 800, 1000),
                Arguments.of("terrasse.webp", (Supplier<byte[]>) TestPhotos::webp, ImageFormat.WEBP, 640, 400),
                Arguments.of("scan.bmp", (Supplier<byte[]>) () -> TestPhotos.bmp(600, 450), ImageFormat.BMP, 600, 450));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedPhotos")
    void jpegPngWebpAndBmpAreImportedWithTwoThumbnails(String name, Supplier<byte[]> bytes, ImageFormat format,
                                                       int width, int height) throws IOException {
        var result = media.importUpload(team, name, new ByteArrayInputStream(bytes.get()));

        assertThat(result).isInstanceOf(PhotoImport.Imported.class);
        var photo = ((PhotoImport.Imported) result).photo();
        assertThat(photo).extracting(PhotoSummary::fileName, PhotoSummary::format, PhotoSummary::width, PhotoSummary::height)
                .containsExactly(name, format, width, height);
        assertThat(media.photo(team, photo.id())).contains(photo);
        assertThat(longSide(photo.thumbnailSmall())).isEqualTo(Math.min(320, Math.max(width, height)));
        assertThat(longSide(photo.thumbnailLarge())).isEqualTo(Math.min(1280, Math.max(width, height)));
        assertThat(workFiles()).isEmpty();
    }

    @ParameterizedTest(name = "EXIF orientation {0}")
    @ValueSource(ints = {3, 6, 8})
    void aTurnedPhotoIsStoredUprightOnce(int orientation) throws IOException {
        var result = media.importUpload(team, "turned.jpg",
                new ByteArrayInputStream(TestPhotos.jpegWithOrientation(600, 400, orientation)));

        var photo = ((PhotoImport.Imported) result).photo();
        boolean sideways = orientation >= 5;
        assertThat(photo.width()).isEqualTo(sideways ? 400 : 600);
        assertThat(photo.height()).isEqualTo(sideways ? 600 : 400);
        var stored = read(photo.original());
        assertThat(stored.getWidth()).isEqualTo(photo.width());
        // the red corner (top-left as encoded) lands where the turn puts it
        int[] red = switch (orientation) {
            case 3 -> new int[]{stored.getWidth() - 10, stored.getHeight() - 10};
            case 6 -> new int[]{stored.getWidth() - 10, 10};
            default -> new int[]{10, stored.getHeight() - 10};
        };
        int pixel = stored.getRGB(red[0], red[1]);
        assertThat((pixel >> 16) & 255).as("red").isGreaterThan(200);
        assertThat((pixel >> 8) & 255).as("green").isLessThan(60);
    }

    @Test
    void theUploadersNameIsShownButNeverUsedToStore() {
        var result = media.importUpload(team, "../../etc/passwd.jpg", new ByteArrayInputStream(TestPhotos.jpeg(800, 600)));

        var photo = ((PhotoImport.Imported) result).photo();
        assertThat(photo.fileName()).isEqualTo("passwd.jpg");
        var key = jdbc.sql("SELECT storage_key FROM media_asset WHERE id = ?").param(photo.original()).query(String.class).single();
        assertThat(key).startsWith("team/" + team + "/photos/").endsWith("/original.jpg").doesNotContain("passwd");
    }

    static Stream<Arguments> refusedUploads() {
        return Stream.of(
                Arguments.of("a text file named .jpg", "photo.jpg",
                        (Supplier<InputStream>) () -> bytes("Bonjour, ceci n'est pas une photo.".getBytes(StandardCharsets.UTF_8)),
                        PhotoRefusal.NOT_AN_IMAGE, new Object[0]),
                Arguments.of("an empty file", "vide.jpg", (Supplier<InputStream>) () -> bytes(new byte[0]),
                        PhotoRefusal.EMPTY, new Object[0]),
                Arguments.of("an SVG drawing", "logo.jpg", (Supplier<InputStream>) () -> bytes(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"600\"><rect width=\"800\" height=\"600\"/></svg>"
                                .getBytes(StandardCharsets.UTF_8)),
                        PhotoRefusal.UNSUPPORTED_FORMAT, new Object[]{"SVG"}),
                Arguments.of("a 20000x20000 PNG header", "bomb.png",
                        (Supplier<InputStream>) () -> bytes(TestPhotos.pngHeaderClaiming(20_000, 20_000)),
                        PhotoRefusal.TOO_MANY_PIXELS, new Object[]{50L, 400L}),
                Arguments.of("a 30 MB file", "huge.jpg", (Supplier<InputStream>) () -> TestPhotos.endless(30L * 1024 * 1024),
                        PhotoRefusal.TOO_LARGE, new Object[]{25L}),
                Arguments.of("a 200x150 photo", "vignette.jpg", (Supplier<InputStream>) () -> bytes(TestPhotos.jpeg(200, 150)),
                        PhotoRefusal.TOO_SMALL, new Object[]{256}),
                Arguments.of("a truncated JPEG", "cut.jpg",
                        (Supplier<InputStream>) () -> bytes(Arrays.copyOf(TestPhotos.jpeg(1200, 900), 900)),
                        PhotoRefusal.DAMAGED, new Object[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedUploads")
    void refusalsSayWhyAndStoreNothing(String what, String name, Supplier<InputStream> content, PhotoRefusal reason,
                                       Object[] arguments) throws IOException {
        long assetsBefore = count("media_asset");
        long filesBefore = storedFiles();

        var result = media.importUpload(team, name, content.get());

        assertThat(result).isEqualTo(new PhotoImport.Refused(reason, arguments));
        assertThat(count("media_asset")).isEqualTo(assetsBefore);
        assertThat(storedFiles()).isEqualTo(filesBefore);
        assertThat(workFiles()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/photo.jpg", "http://169.254.169.254/latest/meta-data/",
            "http://[::1]/photo.jpg", "http://10.0.0.12/photo.jpg", "http://localhost/photo.jpg"})
    void urlsInsideOurNetworkAreRefused(String url) throws IOException {
        assertThat(media.importFromUrl(team, url)).isEqualTo(new PhotoImport.Refused(PhotoRefusal.URL_NOT_ALLOWED));
        assertThat(workFiles()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://photos.example.com/a.jpg", "file:///etc/passwd", "javascript:alert(1)", "pas une adresse"})
    void onlyWebAddressesAreFetched(String url) {
        assertThat(media.importFromUrl(team, url)).isEqualTo(new PhotoImport.Refused(PhotoRefusal.URL_INVALID));
    }

    private int longSide(UUID asset) throws IOException {
        var image = read(asset);
        return Math.max(image.getWidth(), image.getHeight());
    }

    private java.awt.image.BufferedImage read(UUID asset) throws IOException {
        var key = jdbc.sql("SELECT storage_key FROM media_asset WHERE id = ?").param(asset).query(String.class).single();
        try (var in = storage.open(key, 0, -1)) {
            return ImageIO.read(in);
        }
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private long storedFiles() throws IOException {
        var folder = atelier.dataDir().resolve("media");
        if (!Files.exists(folder)) {
            return 0;
        }
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private java.util.List<Path> workFiles() throws IOException {
        try (var files = Files.list(atelier.dataDir().resolve("tmp"))) {
            return files.toList();
        }
    }

    private static InputStream bytes(byte[] content) {
        return new ByteArrayInputStream(content);
    }
}
