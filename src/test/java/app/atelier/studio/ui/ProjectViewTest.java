package app.atelier.studio.ui;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.TestProjects;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.media.TestPhotos;
import app.atelier.ui.MediaCard;
import app.atelier.ui.NotFoundView;
import app.atelier.ui.RenderedText;
import com.vaadin.browserless.SpringBrowserlessTest;
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
}
