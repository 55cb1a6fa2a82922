package app.atelier.journey;

import app.atelier.account.Role;
import app.atelier.media.TestPhotos;
import app.atelier.shared.Language;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A member creates a project, drops three photos on it, and sees their thumbnails appear. */
@BrowserTest
class ProjectJourneyTest extends Journey {

    @TempDir
    Path folder;

    @Test
    void aMemberCreatesAProjectAndDropsThreePhotosAndAFileThatIsNone() throws IOException {
        accounts.ensureTeam();
        var member = accounts.memberOf(accounts.otherTeam(), Role.MEMBER, Language.FRENCH, "Claire Martin");
        var photos = new Path[]{
                Files.write(folder.resolve("facade.jpg"), TestPhotos.jpeg(2400, 1600)),
                Files.write(folder.resolve("jardin.png"), TestPhotos.png(1600, 1200, false)),
                Files.write(folder.resolve("terrasse.webp"), TestPhotos.webp()),
                // named like a photo, so the browser sends it; the server reads it and refuses it
                Files.writeString(folder.resolve("notes.jpg"), "pas une photo")};
        var page = chromium.newPage("fr-FR", 1440, 900);
        try {
            Chromium.signIn(page, port, member.getUsername());
            assertThat(page.getByText("Aucun projet pour l’instant")).isVisible();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nouveau projet")).first().click();
            page.getByLabel("Nom du projet").fill("Villa Les Oliviers");
            page.getByLabel("Référence de l’annonce").fill("Réf. 1234");
            page.getByLabel("Nom du projet").press("Enter");
            page.waitForURL("**/projects/**");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Villa Les Oliviers"))).isVisible();

            page.locator("vaadin-upload input[type=file]").setInputFiles(photos);

            var thumbnails = page.locator(".photo-card img");
            assertThat(thumbnails).hasCount(3);
            // each thumbnail was really served (through /media, checked against the team) and decoded
            page.waitForFunction("() => [...document.querySelectorAll('.photo-card img')]"
                    + ".every(img => img.complete && img.naturalWidth > 0)");
            assertThat(page.locator(".view-header")).containsText("3 photos");
            // the uploads, done, leave the upload's list: the photos are in the grid, the refused file is said
            // below with its reason (no "retry": it would be refused again)
            assertThat(page.locator(".upload-refusals")).containsText("notes.jpg");
            assertThat(page.locator("vaadin-upload-file")).hasCount(0);
            Chromium.screenshot(page, "project-three-photos-fr");

            page.navigate("http://localhost:" + port + "/");
            assertThat(page.locator(".media-card-link")).hasCount(1);
            assertThat(page.locator(".media-card-link")).containsText("3 photos");
            var cover = page.locator(".media-card-link img");
            page.waitForFunction("() => { const img = document.querySelector('.media-card-link img');"
                    + " return img && img.complete && img.naturalWidth > 0; }");
            assertThat(cover.getAttribute("src")).startsWith("/media/");
            Chromium.screenshot(page, "gallery-one-project-fr");
        } catch (RuntimeException | AssertionError failure) {
            Chromium.screenshot(page, "project-journey-failure");
            throw failure;
        } finally {
            page.context().close();
        }
    }
}
