package app.atelier.generation;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.TestCredits;
import app.atelier.TestGenerations;
import app.atelier.TestProjects;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.media.MaskConvention;
import app.atelier.media.MediaLibrary;
import app.atelier.media.TestPhotos;
import app.atelier.media.storage.Storage;
import app.atelier.project.DeleteOutcome;
import app.atelier.project.NewProject;
import app.atelier.project.ProjectCreation;
import app.atelier.project.Projects;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.GenerationId;
import app.atelier.shared.ProjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Deleting a generation or a project: its rows and files go, the credit ledger stays, what runs is not touched. */
@IntegrationTest
@WithMember(role = Role.MEMBER)
class DeletionTest {

    @Autowired
    Generations generations;

    @Autowired
    Projects projects;

    @Autowired
    TestProjects testProjects;

    @Autowired
    TestGenerations made;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestCredits credits;

    @Autowired
    CurrentMember currentMember;

    @Autowired
    MediaLibrary media;

    @Autowired
    Storage storage;

    @Autowired
    JdbcClient jdbc;

    private final List<ProjectId> created = new ArrayList<>();

    @Test
    void aFinishedGenerationGoesWithItsFilesButTheMaskAVariationStillUsesStays() {
        var me = currentMember.require().actorId();
        var project = testProjects.project(TestAccounts.TEAM_ID, "Villa Azur", 1);
        var photo = testProjects.photosOf(project).getFirst();
        var mask = media.storeMask(TestAccounts.TEAM_ID, MaskConvention.blank(1200, 800));
        var options = "{\"exterior\":\"POOL\",\"mask\":\"" + mask + "\"}";
        var parent = made.succeeded(TestAccounts.TEAM_ID, project, photo, me, "iacrea-exterior", "EXTERIOR", options, "{}", 1200, 800);
        var variation = made.succeeded(TestAccounts.TEAM_ID, project, photo, me, "iacrea-exterior", "EXTERIOR", options, "{}",
                1200, 800);
        made.continuing(variation, parent);
        var result = generations.find(parent).orElseThrow().results().getFirst().asset();
        var key = storageKey(result);
        var ledger = ledgerEntries();

        assertThat(generations.delete(parent)).isEqualTo(DeleteOutcome.DELETED);

        assertThat(generations.find(parent)).isEmpty();
        assertThat(storageKey(result)).as("the result's row").isNull();
        assertThat(storage.exists(key)).as("the result's file").isFalse();
        assertThat(media.mask(TestAccounts.TEAM_ID, mask)).as("still the variation's zone").isPresent();
        assertThat(generations.find(variation).orElseThrow().continues()).isNull();
        assertThat(ledgerEntries()).as("the ledger is untouched").isEqualTo(ledger);

        assertThat(generations.delete(variation)).isEqualTo(DeleteOutcome.DELETED);
        assertThat(media.mask(TestAccounts.TEAM_ID, mask)).as("no one uses the zone any more").isEmpty();
    }

    @Test
    void whatRunsOrIsSomeoneElsesIsNotDeleted() {
        var me = currentMember.require().actorId();
        var colleague = accounts.memberOf(TestAccounts.TEAM_ID, Role.MEMBER).memberId();
        var project = testProjects.project(TestAccounts.TEAM_ID, "Loft", 1);
        created.add(project);
        var photo = testProjects.photosOf(project).getFirst();
        var running = made.cameraMotion(TestAccounts.TEAM_ID, project, photo, me, "ZOOM_IN", "RUNNING", 20, null);
        var theirs = made.cameraMotion(TestAccounts.TEAM_ID, project, photo, colleague, "PAN_LEFT", "FAILED", 0, "UNKNOWN");

        assertThat(generations.delete(running)).isEqualTo(DeleteOutcome.STILL_RUNNING);
        assertThat(generations.delete(theirs)).isEqualTo(DeleteOutcome.NOT_ALLOWED);
        assertThat(generations.delete(GenerationId.of(UUID.randomUUID()))).isEqualTo(DeleteOutcome.NOT_FOUND);
        assertThat(projects.delete(project)).as("nobody made it: only an admin may").isEqualTo(DeleteOutcome.NOT_ALLOWED);
        assertThat(generations.ofProject(project)).hasSize(2);
    }

    @Test
    void aProjectGoesWithItsPhotosGenerationsAndFilesOnceNothingRuns() {
        var me = currentMember.require().actorId();
        credits.grant(TestAccounts.TEAM_ID, me, CreditCurrency.PHOTO, 3);
        var creation = projects.create(new NewProject("Mas des Oliviers", "", ""));
        var project = ((ProjectCreation.Created) creation).project().id();
        this.created.add(project);
        var photo = testProjects.addPhoto(TestAccounts.TEAM_ID, project, "jardin.jpg",
                TestPhotos.jpeg(1200, 800));
        var running = made.cameraMotion(TestAccounts.TEAM_ID, project, photo.id(), me, "ZOOM_IN", "RUNNING", 20, null);
        made.succeeded(TestAccounts.TEAM_ID, project, photo.id(), me, "iacrea-exterior", "EXTERIOR",
                "{\"exterior\":\"POOL\"}", "{}", 1200, 800);

        assertThat(projects.delete(project)).isEqualTo(DeleteOutcome.STILL_RUNNING);
        assertThat(projects.find(project)).isPresent();

        jdbc.sql("UPDATE generation SET state = 'CANCELLED' WHERE id = ?").param(running.value()).update();
        var original = storageKey(photo.original());
        var ledger = ledgerEntries();
        assertThat(projects.delete(project)).isEqualTo(DeleteOutcome.DELETED);

        assertThat(projects.find(project)).isEmpty();
        assertThat(media.photo(TestAccounts.TEAM_ID, photo.id())).isEmpty();
        assertThat(storage.exists(original)).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM generation WHERE project_id = ?").param(project.value()).query(Long.class).single())
                .isZero();
        assertThat(ledgerEntries()).isEqualTo(ledger);
        assertThat(projects.delete(testProjects.project(accounts.otherTeam(), "Leur projet", 0)))
                .isEqualTo(DeleteOutcome.NOT_FOUND);
    }

    /**
     * A local-engine generation left RUNNING would hold the local engine's lane for the tests after
     * this one (their renders would wait for it forever).
     */
    @AfterEach
    void endWhatWasLeftRunning() {
        jdbc.sql("UPDATE generation SET state = 'CANCELLED', finished_at = CURRENT_TIMESTAMP WHERE project_id IN (:projects)"
                        + " AND state IN ('QUEUED', 'SUBMITTED', 'RUNNING')")
                .param("projects", created.isEmpty() ? List.of(UUID.randomUUID()) : created.stream().map(ProjectId::value).toList()).update();
    }

    private String storageKey(UUID asset) {
        return jdbc.sql("SELECT storage_key FROM media_asset WHERE id = ?").param(asset).query(String.class).optional()
                .orElse(null);
    }

    private List<Long> ledgerEntries() {
        return List.of(jdbc.sql("SELECT COUNT(*) FROM credit_entry").query(Long.class).single());
    }
}
