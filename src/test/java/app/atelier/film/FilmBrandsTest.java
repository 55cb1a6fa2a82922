package app.atelier.film;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.render.BrandFont;
import app.atelier.render.TestSounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A team's film identity and music library: what an admin sets, what is refused and leaves nothing, who may. */
@IntegrationTest
class FilmBrandsTest {

    @Autowired
    FilmBrands brands;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @Test
    @WithMember(role = Role.ADMIN)
    void anAdminSetsTheLookAndTheDefaultAgentAndABadColourIsRefused() throws IOException {
        assertThat(brands.mine()).isEqualTo(BrandKit.standard());

        assertThat(brands.save(new BrandKit(BrandFont.LORA, "#0A2E4D", "#F2B705", null, "Claire Martin", "+33 6 12 34 56 78",
                null, "Agence du Port"))).isEmpty();
        assertThat(brands.save(new BrandKit(BrandFont.INTER, "navy", "#F2B705", null, null, null, null, null)))
                .containsEntry("main", "brand.error.colour");

        var kit = brands.mine();
        assertThat(kit.font()).as("the refused save changed nothing").isEqualTo(BrandFont.LORA);
        assertThat(kit.mainColour()).isEqualTo("#0A2E4D");
        assertThat(kit.agency()).isEqualTo("Agence du Port");

        var logo = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB);
        var png = folder.resolve("logo.png");
        ImageIO.write(logo, "png", png.toFile());
        var notAPicture = Files.writeString(folder.resolve("logo.jpg"), "pas une image");
        assertThat(brands.logo(notAPicture)).contains("brand.error.logo-kind");
        assertThat(brands.mine().logo()).isNull();
        assertThat(brands.logo(png)).isEmpty();
        assertThat(brands.mine().logo()).isNotNull();
        assertThat(brands.mine().agentName()).as("the logo kept the rest").isEqualTo("Claire Martin");
    }

    @Test
    @WithMember(role = Role.ADMIN)
    void tracksAreCheckedByWhatTheyHoldAndARefusedOneLeavesNothing() throws IOException {
        int files = countFiles();
        var text = Files.writeString(folder.resolve("jingle.mp3"), "pas une musique");
        var tooShort = TestSounds.wav(folder.resolve("bip.wav"), 44_100, 1, 0.2, false);
        var track = TestSounds.wav(folder.resolve("balade.wav"), 44_100, 12, 0.2, false);

        // a WAV cut off in its header, and one whose header says it plays for two hours (1 s of it sent)
        var whole = Files.readAllBytes(TestSounds.wav(folder.resolve("one.wav"), 44_100, 1, 0.2, false));
        var corrupt = Files.write(folder.resolve("coupee.wav"), java.util.Arrays.copyOf(whole, 30));
        var twoHours = java.nio.ByteBuffer.wrap(whole.clone()).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int claimed = 2 * 3600 * 44_100 * 4;
        twoHours.putInt(4, 36 + claimed).putInt(40, claimed);
        var long2h = Files.write(folder.resolve("deux-heures.wav"), twoHours.array());

        assertThat(brands.addMusic("jingle", text)).contains("brand.error.music-kind");
        assertThat(brands.addMusic("coupée", corrupt)).contains("brand.error.music-kind");
        assertThat(brands.addMusic("bip", tooShort)).contains("brand.error.music-length");
        assertThat(brands.addMusic("deux heures", long2h)).contains("brand.error.music-length");
        assertThat(countFiles()).as("nothing kept of a refused track").isEqualTo(files);
        assertThat(brands.addMusic("Balade", track)).isEmpty();

        assertThat(brands.music()).singleElement().satisfies(added -> {
            assertThat(added.name()).isEqualTo("Balade");
            assertThat(added.length()).isBetween(Duration.ofMillis(11_900), Duration.ofMillis(12_100));
        });
        assertThat(brands.removeMusic(brands.music().getFirst().id())).isTrue();
        assertThat(brands.music()).isEmpty();
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void aMemberSeesTheKitButDoesNotChangeIt() {
        assertThat(brands.mine()).isNotNull();
        assertThatThrownBy(() -> brands.save(BrandKit.standard())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> brands.addMusic("x", folder)).isInstanceOf(AuthorizationDeniedException.class);
    }

    private int countFiles() {
        return jdbc.sql("SELECT COUNT(*) FROM media_asset WHERE team_id = ?").param(TestAccounts.TEAM_ID)
                .query(Integer.class).single();
    }
}
