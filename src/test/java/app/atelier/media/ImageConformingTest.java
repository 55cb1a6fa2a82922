package app.atelier.media;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.media.storage.Storage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Copies that fit a provider's input rules, and what was changed to get there. */
@IntegrationTest
class ImageConformingTest {

    /** Evolink's rules for Wan 2.5: JPEG, PNG (no alpha), BMP or WebP, sides within 360..2000, 10 MB. */
    private static final ImageConstraints EVOLINK = new ImageConstraints(
            Set.of(ImageFormat.JPEG, ImageFormat.PNG, ImageFormat.BMP, ImageFormat.WEBP), 360, 2000, 10_000_000, false);

    @Autowired
    MediaLibrary media;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Storage storage;

    @Autowired
    JdbcClient jdbc;

    UUID team;

    @BeforeEach
    void aTeam() {
        team = accounts.ensureTeam();
    }

    @Test
    void aPhotoThatFitsIsHandedOverAsItIs() {
        var photo = imported("salon.jpg", TestPhotos.jpeg(1600, 1000));

        var conformed = media.conform(team, photo.id(), EVOLINK);

        assertThat(conformed.asset()).isEqualTo(photo.original());
        assertThat(conformed.changes()).isEmpty();
    }

    @Test
    void transparencyIsFlattenedAndALargePhotoMadeSmaller() throws IOException {
        var photo = imported("plan.png", TestPhotos.png(2400, 1600, true));

        var conformed = media.conform(team, photo.id(), EVOLINK);

        assertThat(conformed.changes()).extracting(ConformedImage.Change::kind)
                .containsExactly(ConformedImage.Kind.ALPHA_FLATTENED, ConformedImage.Kind.RESIZED);
        assertThat(conformed.changes().get(1).detail()).isEqualTo("2400x1600 -> 2000x1333");
        assertThat(conformed.format()).isEqualTo(ImageFormat.PNG);
        var stored = read(conformed.asset());
        assertThat(stored.getColorModel().hasAlpha()).isFalse();
        assertThat(stored.getWidth()).isEqualTo(2000);
        // the half that was see-through is now on white
        int pixel = stored.getRGB(1900, 800);
        assertThat((pixel >> 8) & 255).as("green over white").isGreaterThan(150);
    }

    @Test
    void aFormatTheProviderDoesNotReadBecomesJpeg() throws IOException {
        var photo = imported("scan.bmp", TestPhotos.bmp(900, 600));

        var conformed = media.conform(team, photo.id(), new ImageConstraints(Set.of(ImageFormat.JPEG, ImageFormat.PNG),
                256, 4000, 10_000_000, false));

        assertThat(conformed.changes()).extracting(ConformedImage.Change::kind)
                .containsExactly(ConformedImage.Kind.CONVERTED_TO_JPEG);
        assertThat(conformed.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(read(conformed.asset()).getWidth()).isEqualTo(900);
    }

    @Test
    void aPhotoUnderTheSmallestSideIsEnlarged() throws IOException {
        var photo = imported("vignette.jpg", TestPhotos.jpeg(480, 300));

        var conformed = media.conform(team, photo.id(), EVOLINK);

        assertThat(conformed.changes()).extracting(ConformedImage.Change::kind).containsExactly(ConformedImage.Kind.RESIZED);
        assertThat(conformed.height()).isEqualTo(360);
        assertThat(read(conformed.asset()).getHeight()).isEqualTo(360);
    }

    @Test
    void aFileOverTheByteLimitIsCompressedUntilItFits() throws IOException {
        var photo = imported("grain.png", noisyPng(1800, 1200));

        var conformed = media.conform(team, photo.id(), new ImageConstraints(Set.of(ImageFormat.JPEG), 256, 2000, 400_000, false));

        assertThat(conformed.changes()).extracting(ConformedImage.Change::kind).contains(ConformedImage.Kind.CONVERTED_TO_JPEG,
                ConformedImage.Kind.RECOMPRESSED);
        assertThat(conformed.bytes()).isLessThanOrEqualTo(400_000);
        var key = jdbc.sql("SELECT storage_key FROM media_asset WHERE id = ?").param(conformed.asset()).query(String.class).single();
        assertThat(storage.size(key)).isEqualTo(conformed.bytes());
    }

    @Test
    void whatIsSaidBeforehandIsWhatConformingDoes() {
        var cases = java.util.List.of(
                imported("salon.jpg", TestPhotos.jpeg(1600, 1000)),
                imported("plan.png", TestPhotos.png(2400, 1600, true)),
                imported("opaque.png", TestPhotos.png(900, 600, false)),
                imported("scan.bmp", TestPhotos.bmp(900, 600)),
                imported("vignette.jpg", TestPhotos.jpeg(480, 300)),
                imported("facade.webp", TestPhotos.webp()));
        for (var photo : cases) {
            var said = media.preflight(team, java.util.List.of(photo.id()), EVOLINK).getFirst();
            var done = media.conform(team, photo.id(), EVOLINK);

            assertThat(said.fits()).as(photo.fileName()).isTrue();
            assertThat(said.changes()).as(photo.fileName()).isEqualTo(done.changes());
        }
    }

    @Test
    void aPanoramaNoCopyCanFitIsSaidSoBeforehand() {
        var photo = imported("panorama.jpg", TestPhotos.jpeg(4000, 300));

        var said = media.preflight(team, java.util.List.of(photo.id()), EVOLINK).getFirst();

        assertThat(said.fits()).isFalse();
        assertThat(said.width()).isEqualTo(4000);
    }

    @Test
    void aPngOverTheByteLimitIsWrittenAsJpegEvenWhenPngIsAccepted() throws IOException {
        var photo = imported("grain.png", noisyPng(1800, 1200));
        var limits = new ImageConstraints(Set.of(ImageFormat.JPEG, ImageFormat.PNG), 256, 2000, 1_000_000, false);

        var said = media.preflight(team, java.util.List.of(photo.id()), limits).getFirst();
        var conformed = media.conform(team, photo.id(), limits);

        assertThat(conformed.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(conformed.bytes()).isLessThanOrEqualTo(1_000_000);
        assertThat(read(conformed.asset()).getWidth()).isEqualTo(1800);
        assertThat(conformed.changes()).extracting(ConformedImage.Change::kind)
                .containsExactly(ConformedImage.Kind.CONVERTED_TO_JPEG, ConformedImage.Kind.RECOMPRESSED);
        assertThat(said.changes()).extracting(ConformedImage.Change::kind)
                .containsExactly(ConformedImage.Kind.CONVERTED_TO_JPEG, ConformedImage.Kind.RECOMPRESSED);
    }

    private PhotoSummary imported(String name, byte[] bytes) {
        return ((PhotoImport.Imported) media.importUpload(team, name, new ByteArrayInputStream(bytes))).photo();
    }

    private java.awt.image.BufferedImage read(UUID asset) throws IOException {
        var key = jdbc.sql("SELECT storage_key FROM media_asset WHERE id = ?").param(asset).query(String.class).single();
        try (var in = storage.open(key, 0, -1)) {
            return ImageIO.read(in);
        }
    }

    private static byte[] noisyPng(int width, int height) {
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var random = new Random(3);
        // a photo with a lot of grain: heavy for JPEG, yet far from random
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int grain = (int) (random.nextGaussian() * 18);
                int r = Math.max(0, Math.min(255, 60 + 150 * x / width + grain));
                int g = Math.max(0, Math.min(255, 90 + 100 * y / height + grain));
                int b = Math.max(0, Math.min(255, 140 + grain));
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        var out = new java.io.ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
