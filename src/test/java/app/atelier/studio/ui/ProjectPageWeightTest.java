package app.atelier.studio.ui;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.TestGenerations;
import app.atelier.TestProjects;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.ProjectId;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an open project page keeps on the server, in state nodes (each costs about a kilobyte of heap,
 * see ProjectPageMemoryBenchmark): a finished video's card stays light, and a project with 50 results
 * weighs the same as one with 12, since only the newest are drawn until more are asked for.
 */
@IntegrationTest
@WithMember(role = Role.MEMBER)
class ProjectPageWeightTest extends SpringBrowserlessTest {

    /**
     * A finished camera motion's card: cover, words (with the photo it was made from), actions (with
     * the link to the viewer), review buttons (details and thread come when opened). The photo's
     * thumbnail and the viewer link's icon are drawn by the stylesheet, not elements of their own.
     */
    static final int CARD_BUDGET = 43;
    /** The whole window with a page of results and ten photos: shell, header, upload, photos, cards. */
    static final int PAGE_BUDGET = 700;

    @Autowired
    TestProjects projects;

    @Autowired
    TestGenerations made;

    @Autowired
    CurrentMember currentMember;

    @Test
    void aFinishedVideosCardAndAPageOfFiftyStayWithinTheirBudget() {
        var dozen = project("Villa Les Pins", ProjectView.FIRST_PAGE);
        var fifty = project("Domaine des Cent Oliviers", 50);

        var view = navigate(ProjectView.class, Map.of(ProjectView.PROJECT, dozen.toString()));
        int pageOfTwelve = nodes(UI.getCurrent());
        view = navigate(ProjectView.class, Map.of(ProjectView.PROJECT, fifty.toString()));
        var cards = view.generationGrid.getChildren().filter(GenerationCard.class::isInstance).toList();
        assertThat(cards).hasSize(ProjectView.FIRST_PAGE);
        int card = nodes(cards.getFirst());
        int pageOfFifty = nodes(UI.getCurrent());

        System.out.printf("A finished video's card: %d state nodes; the page of 12 results: %d, of 50: %d%n", card, pageOfTwelve,
                pageOfFifty);
        assertThat(card).as("state nodes of one card").isLessThanOrEqualTo(CARD_BUDGET);
        assertThat(pageOfFifty).as("state nodes of the page").isLessThanOrEqualTo(PAGE_BUDGET);
        assertThat(pageOfFifty - pageOfTwelve).as("what 38 more results add: the words of Show more").isLessThanOrEqualTo(2);
    }

    /** A project of ten photos with this many finished camera motions. */
    private ProjectId project(String name, int results) {
        var project = projects.project(TestAccounts.TEAM_ID, name, 10);
        var photos = projects.photosOf(project);
        var me = currentMember.require().actorId();
        for (int i = 0; i < results; i++) {
            made.cameraMotion(TestAccounts.TEAM_ID, project, photos.get(i % photos.size()), me, "ZOOM_IN", "SUCCEEDED", 100, null);
        }
        return project;
    }

    private static int nodes(Component component) {
        var count = new AtomicInteger();
        component.getElement().getNode().visitNodeTree(node -> count.incrementAndGet());
        return count.get();
    }
}
