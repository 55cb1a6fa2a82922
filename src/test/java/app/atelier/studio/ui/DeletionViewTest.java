package app.atelier.studio.ui;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.TestGenerations;
import app.atelier.TestProjects;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.generation.Generations;
import app.atelier.project.Projects;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.Language;
import app.atelier.ui.ConfirmDeletion;
import app.atelier.ui.RenderedText;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.menubar.MenuBarTester;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Deleting from the project page: asked first, said after, and the page follows. */
@IntegrationTest
@WithMember(role = Role.ADMIN)
class DeletionViewTest extends SpringBrowserlessTest {

    @Autowired
    TestProjects projects;

    @Autowired
    TestGenerations made;

    @Autowired
    Generations generations;

    @Autowired
    Projects allProjects;

    @Autowired
    CurrentMember currentMember;

    @Autowired
    TestAccounts accounts;

    @Test
    void aGenerationThenTheProjectAreDeletedAfterTheMemberConfirms() {
        var me = currentMember.require().actorId();
        var project = projects.project(TestAccounts.TEAM_ID, "Bastide à supprimer", 1);
        var photo = projects.photosOf(project).getFirst();
        made.cameraMotion(TestAccounts.TEAM_ID, project, photo, me, "PAN_LEFT", "FAILED", 0, "UNKNOWN");
        var view = navigate("projects/" + project, ProjectView.class);

        var menu = CardMenus.of(view.generationGrid);
        new MenuBarTester<>(menu).clickItem(0, CardMenus.position(menu, "delete-generation"));
        var confirm = find(ConfirmDeletion.class).single();
        assertThat(RenderedText.joined()).contains("Supprimer « Panoramique vers la gauche » ?",
                "Les crédits déjà comptés ne changent pas.");
        test(confirm.confirm).click();
        assertThat(generations.ofProject(project)).isEmpty();

        test(find(Button.class).all().stream().filter(button -> button.hasClassName("delete-project")).findFirst().orElseThrow())
                .click();
        // finding the dialog lets it attach (a dialog joins the page on the way to the browser)
        var projectConfirm = find(ConfirmDeletion.class).single();
        assertThat(RenderedText.joined()).contains("Supprimer le projet « Bastide à supprimer » ?",
                "Le projet, sa photo, sans réalisation : tout sera effacé définitivement, fichiers compris.");
        test(projectConfirm.confirm).click();

        assertThat(getCurrentView()).isInstanceOf(GalleryView.class);
        assertThat(allProjects.find(project)).isEmpty();
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void aMemberIsOfferedToDeleteWhatTheyMadeButNotWhatATeammateMade() {
        var project = projects.project(TestAccounts.TEAM_ID, "Villa de Sophie", 1);
        var photo = projects.photosOf(project).getFirst();
        var sophie = accounts.member(Role.MEMBER, Language.FRENCH, "Sophie Laurent").memberId();
        var hers = made.cameraMotion(TestAccounts.TEAM_ID, project, photo, sophie, "ZOOM_IN", "SUCCEEDED", 100, null);
        var mine = made.cameraMotion(TestAccounts.TEAM_ID, project, photo, currentMember.require().actorId(), "PAN_LEFT",
                "SUCCEEDED", 100, null);
        var view = navigate("projects/" + project, ProjectView.class);

        assertThat(find(Button.class).all()).as("someone else's project").noneMatch(button -> button.hasClassName("delete-project"));
        var offered = new java.util.HashMap<String, Boolean>();
        find(GenerationCard.class, view.generationGrid).all().forEach(card -> offered.put(card.getElement().getAttribute("data-generation"),
                CardMenus.position(CardMenus.of(card), "delete-generation") >= 0));
        assertThat(offered).containsEntry(hers.toString(), false).containsEntry(mine.toString(), true);
    }
}
