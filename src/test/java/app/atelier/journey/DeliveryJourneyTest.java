package app.atelier.journey;

import app.atelier.account.Role;
import app.atelier.shared.Language;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.zip.ZipInputStream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A member downloads a project's finished video and image as one ZIP, each file named after the project, the effect and the day. */
@BrowserTest
class DeliveryJourneyTest extends Journey {

    @Test
    void aProjectsResultsDownloadAsOneZip() throws IOException {
        accounts.ensureTeam();
        var team = accounts.otherTeam();
        var member = accounts.memberOf(team, Role.MEMBER, Language.FRENCH, "Claire Martin");
        var project = projects.project(team, "Mas des Cigales", 2);
        var photos = projects.photosOf(project);
        generations.cameraMotion(team, project, photos.get(0), member.memberId(), "ZOOM_IN", "SUCCEEDED", 100, null);
        generations.succeeded(team, project, photos.get(1), member.memberId(), "iacrea-exterior", "EXTERIOR",
                "{\"exterior\":\"POOL\"}", "{}", 1400, 800);
        generations.cameraMotion(team, project, photos.get(1), member.memberId(), "PAN_LEFT", "FAILED", 0, "UNKNOWN");
        var page = chromium.newPage("fr-FR", 1440, 900);
        try {
            Chromium.signIn(page, port, member.getUsername());
            page.navigate(base() + "/projects/" + project);
            var link = page.locator(".download-all");
            assertThat(link).hasText("Tout télécharger (ZIP)");
            assertThat(link).hasAttribute("title", "Les 2 réalisations terminées, dans un fichier ZIP");

            var download = page.waitForDownload(link::click);

            assertThat(download.suggestedFilename()).isEqualTo("mas-des-cigales.zip");
            var entries = new LinkedHashMap<String, Long>();
            try (var zip = new ZipInputStream(Files.newInputStream(download.path()))) {
                for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    entries.put(entry.getName(), zip.transferTo(OutputStream.nullOutputStream()));
                }
            }
            var day = LocalDate.now(ZoneOffset.UTC);
            assertThat(entries).as("named after the photo each was made from")
                    .containsOnlyKeys("mas-des-cigales-photo-1-zoom-avant-" + day + ".mp4",
                    "mas-des-cigales-photo-2-piscine-" + day + ".jpg");
            assertThat(entries.values()).allSatisfy(bytes -> assertThat(bytes).isGreaterThan(1000));
            Chromium.screenshot(page, "project-download-all-fr");

            // a selection: only the pool
            var pool = page.locator(".generation-card:has-text('Piscine')");
            pool.locator("vaadin-checkbox.select-result input").check();
            var selection = page.locator(".download-selection");
            assertThat(selection).hasText("Télécharger la sélection (1)");
            var chosen = page.waitForDownload(selection::click);
            assertThat(chosen.suggestedFilename()).isEqualTo("mas-des-cigales-selection.zip");
            var names = new ArrayList<String>();
            try (var zip = new ZipInputStream(Files.newInputStream(chosen.path()))) {
                for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    names.add(entry.getName());
                }
            }
            assertThat(names).containsExactly("mas-des-cigales-photo-2-piscine-" + day + ".jpg");
            Chromium.screenshot(page, "project-download-selection-fr");
        } catch (RuntimeException | AssertionError failure) {
            Chromium.screenshot(page, "delivery-journey-failure");
            throw failure;
        } finally {
            page.context().close();
        }
    }
}
