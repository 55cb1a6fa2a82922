package app.atelier.generation.ui;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.TestProjects;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.generation.GenerationSummary;
import app.atelier.generation.Generations;
import app.atelier.ui.EmptyState;
import app.atelier.ui.RenderedText;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The wizard: project, photos, motion, format and length, and what it costs, then off to the project. */
@IntegrationTest
class NewGenerationViewTest extends SpringBrowserlessTest {

    @Autowired
    TestProjects projects;

    @Autowired
    Generations generations;

    private NewGenerationView openFor(UUID project) {
        UI.getCurrent().navigate(NewGenerationView.class, QueryParameters.of(NewGenerationView.PROJECT, project.toString()));
        return (NewGenerationView) getCurrentView();
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void everyPhotoOfTheProjectIsChosenAndTheCostIsSaidBeforeAnythingIsSpent() {
        var project = projects.project(TestAccounts.TEAM_ID, "Villa Les Oliviers", 2);

        var wizard = openFor(project);

        assertThat(wizard.project.getValue().id()).isEqualTo(project);
        assertThat(RenderedText.joined()).contains("2 photos choisies : 2 vidéos",
                "2 vidéos · Zoom avant · Paysage 1280 × 768 · 5 s",
                "Gratuites : le moteur local d’Atelier ne consomme aucun crédit.",
                "La caméra s’approche du centre.");
        assertThat(wizard.motionGrid.getChildren()).hasSize(7);
        assertThat(wizard.generate.isEnabled()).isTrue();
        assertThat(wizard.unreachable.isVisible()).as("this machine needs no route from outside").isFalse();
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void theChosenPhotosAndMotionBecomeOneGenerationEachAndTheProjectOpens() {
        var project = projects.project(TestAccounts.TEAM_ID, "Mas des Lavandes", 2);
        var wizard = openFor(project);

        test(tile(wizard, "photo-2.jpg")).click();
        test(motion(wizard, "PAN_LEFT")).click();
        wizard.format.setValue("SQUARE");
        wizard.duration.setValue("10");
        assertThat(RenderedText.joined()).contains("1 vidéo · Panoramique vers la gauche · Carré 1080 × 1080 · 10 s");

        test(wizard.generate).click();

        assertThat(getCurrentView()).isInstanceOf(ProjectView.class);
        assertThat(generations.ofProject(project)).singleElement().satisfies((GenerationSummary generation) -> {
            assertThat(generation.photoName()).isEqualTo("photo-1.jpg");
            assertThat(generation.options()).containsEntry("motion", "PAN_LEFT").containsEntry("format", "SQUARE")
                    .containsEntry("duration", "10");
        });
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void withoutAChosenPhotoNothingCanBeGenerated() {
        var project = projects.project(TestAccounts.TEAM_ID, "Loft du Port", 1);
        var wizard = openFor(project);

        test(tile(wizard, "photo-1.jpg")).click();

        assertThat(wizard.generate.isEnabled()).isFalse();
        assertThat(RenderedText.joined()).contains("Aucune photo choisie", "Choisissez un projet et au moins une photo.");
    }

    @Test
    @WithMember(role = Role.MEMBER, freshTeam = true)
    void aTeamWithoutProjectsIsToldWhereToStart() {
        navigate(NewGenerationView.class);

        assertThat(find(EmptyState.class).all()).hasSize(1);
        assertThat(RenderedText.joined()).contains("Commencez par un projet", "Aller à la galerie");
    }

    private static Div tile(NewGenerationView wizard, String name) {
        return wizard.photoGrid.getChildren().filter(Div.class::isInstance).map(Div.class::cast)
                .filter(tile -> name.equals(tile.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow();
    }

    private static Div motion(NewGenerationView wizard, String value) {
        return wizard.motionGrid.getChildren().map(Div.class::cast)
                .filter(card -> value.equals(card.getElement().getAttribute("data-motion")))
                .findFirst().orElseThrow();
    }
}
