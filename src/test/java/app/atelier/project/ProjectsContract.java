package app.atelier.project;

import app.atelier.TestAccounts;
import app.atelier.TestProjects;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.media.PhotoImport;
import app.atelier.media.PhotoRefusal;
import app.atelier.media.TestPhotos;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;

import java.io.ByteArrayInputStream;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What projects must do on any database: run by {@link ProjectsTest} on H2 and {@link ProjectsPostgresTest} on PostgreSQL. */
abstract class ProjectsContract {

    @Autowired
    Projects projects;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestProjects testProjects;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMember(role = Role.MEMBER)
    void aMemberCreatesAProjectAndFillsItWithPhotos() {
        var created = (ProjectCreation.Created) projects.create(new NewProject("  Villa Les Oliviers ", "Réf. 1234", ""));
        assertThat(created.project().name()).isEqualTo("Villa Les Oliviers");
        assertThat(created.project().address()).isNull();

        var first = projects.addUpload(created.project().id(), "façade.jpg", new ByteArrayInputStream(TestPhotos.jpeg(1600, 1000)));
        projects.addUpload(created.project().id(), "jardin.jpg", new ByteArrayInputStream(TestPhotos.jpeg(1400, 1000)));

        var details = projects.find(created.project().id()).orElseThrow();
        assertThat(details.photos()).extracting(photo -> photo.fileName()).containsExactly("façade.jpg", "jardin.jpg");
        var listed = projects.list().stream().filter(p -> p.id().equals(created.project().id())).findFirst().orElseThrow();
        assertThat(listed.photos()).isEqualTo(2);
        assertThat(listed.cover()).isEqualTo(((PhotoImport.Imported) first.orElseThrow()).photo().thumbnailLarge());
    }

    @Test
    @WithMember(role = Role.ADMIN)
    void aProjectNeedsANameAndReasonableLengths() {
        var result = projects.create(new NewProject(" ", "R".repeat(61), "A".repeat(301)));

        assertThat(result).isEqualTo(new ProjectCreation.Invalid(Map.of(
                ProjectField.NAME, "field.error.required",
                ProjectField.LISTING_REFERENCE, "project.error.reference-too-long",
                ProjectField.ADDRESS, "project.error.address-too-long")));
    }

    @Test
    @WithMember(role = Role.VIEWER)
    void aViewerReadsButCreatesNothing() {
        var existing = testProjects.project(accounts.ensureTeam(), "Appartement Port Grimaud", 1);

        assertThat(projects.find(existing)).isPresent();
        assertThatThrownBy(() -> projects.create(new NewProject("Nouveau", "", "")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> projects.addUpload(existing, "x.jpg", new ByteArrayInputStream(TestPhotos.jpeg(800, 600))))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMember(role = Role.ADMIN)
    void anotherTeamsProjectIsNowhereAndTakesNoPhoto() {
        var theirs = testProjects.project(accounts.otherTeam(), "Leur projet", 1);
        long photosBefore = jdbc.sql("SELECT COUNT(*) FROM media_photo").query(Long.class).single();

        assertThat(projects.find(theirs)).isEmpty();
        assertThat(projects.list()).noneMatch(project -> project.id().equals(theirs));
        assertThat(projects.addUpload(theirs, "x.jpg", new ByteArrayInputStream(TestPhotos.jpeg(800, 600)))).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM media_photo").query(Long.class).single()).isEqualTo(photosBefore);
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void aRefusedPhotoIsNotAddedToTheProject() {
        var created = (ProjectCreation.Created) projects.create(new NewProject("Mas provençal", "", ""));

        var result = projects.addUpload(created.project().id(), "notes.jpg", new ByteArrayInputStream("texte".getBytes()));

        assertThat(result).contains(new PhotoImport.Refused(PhotoRefusal.NOT_AN_IMAGE));
        assertThat(projects.find(created.project().id()).orElseThrow().photos()).isEmpty();
    }
}
