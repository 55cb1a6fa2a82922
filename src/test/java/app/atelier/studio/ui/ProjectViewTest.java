package app.atelier.studio.ui;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.TestProjects;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.media.MediaLibrary;
import app.atelier.media.TestPhotos;
import app.atelier.project.Projects;
import app.atelier.ui.MediaCard;
import app.atelier.ui.NotFoundView;
import app.atelier.ui.RenderedText;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadTester;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ProjectViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestProjects projects;

    @Autowired
    Projects allProjects;

    @Autowired
    MediaLibrary media;

    @Test
    @WithMember(role = Role.MEMBER)
    void theGalleryShowsEachProjectWithItsPhotoCount() {
        projects.project(accounts.ensureTeam(), "Villa Les Oliviers", 2);

        var gallery = navigate(GalleryView.class);

        assertThat(RenderedText.joined()).contains("Villa Les Oliviers", "2 photos", "Réf. 1234");
        assertThat(find(MediaCard.class, gallery.grid).all()).isNotEmpty();
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void uploadedPhotosAppearAsCardsAndRefusedOnesAreListedWithTheirReason() {
        var id = projects.project(accounts.ensureTeam(), "Mas des Lavandes", 0);
        var view = navigate("projects/" + id, ProjectView.class);
        assertThat(RenderedText.joined()).contains("Aucune photo pour l’instant");

        UploadTester<Upload> upload = test(view.upload);
        upload.upload("façade.jpg", "image/jpeg", TestPhotos.jpeg(1600, 1000));
        upload.upload("notes.jpg", "image/jpeg", "pas une photo".getBytes(StandardCharsets.UTF_8));
        runPendingAccessTasks();

        assertThat(find(MediaCard.class, view.grid).all()).hasSize(1);
        assertThat(RenderedText.joined()).contains("façade.jpg", "1 600 × 1 000 px", "1 photo");
        assertThat(view.refusals.getElement().getTextRecursively()).contains("notes.jpg", "Ce fichier n’est pas une image.");
    }

    @Test
    @WithMember(role = Role.VIEWER)
    void aViewerSeesThePhotosButNoWayToAddAny() {
        var id = projects.project(accounts.ensureTeam(), "Loft du Port", 1);

        var view = navigate("projects/" + id, ProjectView.class);

        assertThat(view.upload.isAttached()).isFalse();
        assertThat(find(MediaCard.class, view.grid).all()).hasSize(1);
    }

    @Test
    @WithMember(role = Role.ADMIN)
    void anUnknownOrForeignProjectIsNotFound() {
        var theirs = projects.project(accounts.otherTeam(), "Leur projet", 0);

        navigate("projects/" + theirs, NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("projects/" + UUID.randomUUID(), NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("projects/not-an-id", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    /** Like the end of a real request: runs what background threads queued with ui.access(). */
    private static void runPendingAccessTasks() {
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void aMemberChoosesTheCoverThatTheGalleryAndThePageThenShow() {
        var id = projects.project(accounts.ensureTeam(), "Villa Façade", 3);
        var photos = media.photos(TestAccounts.TEAM_ID, projects.photosOf(id));
        var view = navigate("projects/" + id, ProjectView.class);
        assertThat(coverCard(view)).as("the first photo until one is chosen").isEqualTo("photo-1.jpg");

        test(find(MediaCard.class, view.grid).all().stream().filter(card -> "photo-3.jpg".equals(card.getElement()
                .getAttribute("aria-label"))).findFirst().orElseThrow()).click();
        test(find(Button.class).all().stream().filter(button -> button.hasClassName("make-cover")).findFirst().orElseThrow()).click();

        assertThat(coverCard(view)).isEqualTo("photo-3.jpg");
        assertThat(allProjects.find(id).orElseThrow().project().cover()).isEqualTo(photos.get(2).thumbnailLarge());
        var gallery = navigate(GalleryView.class);
        assertThat(find(Image.class, gallery.grid).all()).extracting(image -> image.getSrc())
                .contains(MediaLibrary.memberUrl(photos.get(2).thumbnailLarge()))
                .doesNotContain(MediaLibrary.memberUrl(photos.get(0).thumbnailLarge()));
    }

    @Test
    @WithMember(role = Role.VIEWER)
    void aViewerIsNotOfferedToChooseTheCover() {
        var id = projects.project(accounts.ensureTeam(), "Villa Vue", 2);
        var view = navigate("projects/" + id, ProjectView.class);
        test(find(MediaCard.class, view.grid).all().get(1)).click();
        assertThat(find(Button.class).all()).noneMatch(button -> button.hasClassName("make-cover"));
    }

    private String coverCard(ProjectView view) {
        return find(MediaCard.class, view.grid).all().stream().filter(card -> card.hasClassName("cover"))
                .map(card -> card.getElement().getAttribute("aria-label")).findFirst().orElseThrow();
    }
}
