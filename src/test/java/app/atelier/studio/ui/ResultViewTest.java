package app.atelier.studio.ui;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.TestGenerations;
import app.atelier.TestProjects;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.shared.CurrentMember;
import app.atelier.ui.NotFoundView;
import app.atelier.ui.RenderedText;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The result viewer: the project's finished results in the project page's order, and nothing of anyone else's. */
@IntegrationTest
@WithMember(role = Role.MEMBER)
class ResultViewTest extends SpringBrowserlessTest {

    @Autowired
    TestProjects projects;

    @Autowired
    TestGenerations made;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CurrentMember currentMember;

    @Test
    void onlyFinishedResultsAreSteppedThroughAVariationRightAfterWhatItVaries() {
        var project = projects.project(TestAccounts.TEAM_ID, "Villa des Pins", 1);
        var photo = projects.photosOf(project).getFirst();
        var me = currentMember.require().actorId();
        var pool = made.succeeded(TestAccounts.TEAM_ID, project, photo, me, "iacrea-exterior", "EXTERIOR",
                "{\"exterior\":\"POOL\"}", "{}", 1200, 800);
        var zoom = made.cameraMotion(TestAccounts.TEAM_ID, project, photo, me, "ZOOM_IN", "SUCCEEDED", 100, null);
        made.cameraMotion(TestAccounts.TEAM_ID, project, photo, me, "PAN_LEFT", "FAILED", 0, "UNKNOWN");
        var terrace = made.succeeded(TestAccounts.TEAM_ID, project, photo, me, "iacrea-exterior", "EXTERIOR",
                "{\"exterior\":\"TERRACE\"}", "{}", 1200, 800);
        made.continuing(terrace, pool);

        var view = navigate("projects/" + project + "/results/" + zoom, ResultView.class);
        assertThat(view.current().id()).isEqualTo(zoom);
        assertThat(RenderedText.joined()).as("the failed one is not among them").contains("1 sur 3", "Zoom avant",
                "Villa des Pins", "photo-1.jpg");

        view.step(1);
        assertThat(view.current().id()).isEqualTo(pool);
        view.step(1);
        assertThat(view.current().id()).as("the variation right after what it varies").isEqualTo(terrace);
        view.step(1);
        assertThat(view.current().id()).as("nothing after the last").isEqualTo(terrace);
        assertThat(RenderedText.joined()).contains("3 sur 3", "Terrasse");
        view.step(-2);
        assertThat(view.current().id()).isEqualTo(zoom);

        view.close();
        assertThat(getCurrentView()).isInstanceOf(ProjectView.class);
    }

    @Test
    void anotherTeamsResultAFailedOneAndNonsenseAreNotFound() {
        var theirs = projects.project(accounts.otherTeam(), "Leur projet", 1);
        var theirResult = made.cameraMotion(accounts.otherTeam(), theirs, projects.photosOf(theirs).getFirst(),
                accounts.memberOf(accounts.otherTeam(), Role.MEMBER).memberId(), "ZOOM_IN", "SUCCEEDED", 100, null);
        var mine = projects.project(TestAccounts.TEAM_ID, "Mon projet", 1);
        var failed = made.cameraMotion(TestAccounts.TEAM_ID, mine, projects.photosOf(mine).getFirst(),
                currentMember.require().actorId(), "ZOOM_IN", "FAILED", 0, "UNKNOWN");

        for (var address : new String[]{"projects/" + theirs + "/results/" + theirResult,
                "projects/" + mine + "/results/" + theirResult, "projects/" + mine + "/results/" + failed,
                "projects/" + mine + "/results/" + UUID.randomUUID(), "projects/" + mine + "/results/not-an-id"}) {
            navigate(address, NotFoundView.class);
            assertThat(getCurrentView()).as(address).isInstanceOf(NotFoundView.class);
        }
    }
}
