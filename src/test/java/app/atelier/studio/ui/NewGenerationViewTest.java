package app.atelier.studio.ui;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.TestCredits;
import app.atelier.TestGenerations;
import app.atelier.TestProjects;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.generation.GenerationSummary;
import app.atelier.generation.Generations;
import app.atelier.media.TestPhotos;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.ProjectId;
import app.atelier.ui.EmptyState;
import app.atelier.ui.RenderedText;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wizard: project, photos, what to make and which service makes it, that service's settings,
 * what will be done to the photos and what it costs, then off to the project.
 */
@IntegrationTest
class NewGenerationViewTest extends SpringBrowserlessTest {

    @Autowired
    TestProjects projects;

    @Autowired
    TestCredits credits;

    @Autowired
    CurrentMember currentMember;

    @Autowired
    Generations generations;

    @Autowired
    TestGenerations made;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private NewGenerationView openFor(ProjectId project) {
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
                "Réalisées par Atelier — moteur local.",
                "Gratuites : le moteur local d’Atelier ne consomme aucun crédit.",
                "La caméra s’approche du centre.");
        assertThat(wizard.settings.motionGrid.getChildren()).hasSize(7);
        assertThat(wizard.generate.isEnabled()).isTrue();
        assertThat(wizard.unreachable.isVisible()).as("this machine needs no route from outside").isFalse();
        assertThat(wizard.photoChanges.getChildren()).as("the local engine takes any photo as it is").isEmpty();
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void theChosenPhotosAndMotionBecomeOneGenerationEachAndTheProjectOpens() {
        var project = projects.project(TestAccounts.TEAM_ID, "Mas des Lavandes", 2);
        var wizard = openFor(project);

        test(tile(wizard, "photo-2.jpg")).click();
        test(motion(wizard, "PAN_LEFT")).click();
        choice(wizard, "format").setValue("SQUARE");
        choice(wizard, "duration").setValue("10");
        assertThat(RenderedText.joined()).contains("1 vidéo · Panoramique vers la gauche · Carré 1080 × 1080 · 10 s");

        test(wizard.generate).click();

        assertThat(getCurrentView()).isInstanceOf(ProjectView.class);
        var generation = onlyGeneration(project);
        assertThat(generation.photoName()).isEqualTo("photo-1.jpg");
        assertThat(generation.options()).containsEntry("motion", "PAN_LEFT").containsEntry("format", "SQUARE")
                .containsEntry("duration", "10");
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void eachPhotoMayBeGivenItsOwnMotionAndTheOthersKeepTheCommonOne() {
        var project = projects.project(TestAccounts.TEAM_ID, "Domaine des Pins", 3);
        var wizard = openFor(project);
        assertThat(RenderedText.joined()).contains("Toutes les photos", "3 photos", "photo-2.jpg");

        test(scope(wizard, "photo-2.jpg")).click();
        assertThat(wizard.settings.field("format")).as("a format is the same for every photo").isEmpty();
        assertThat(RenderedText.joined()).contains("Les autres réglages valent pour toutes les photos");
        test(motion(wizard, "PAN_LEFT")).click();
        test(scope(wizard, "photo-3.jpg")).click();
        test(motion(wizard, "PAN_UP")).click();
        assertThat(RenderedText.joined()).contains("Panoramique vers la gauche · à part",
                "3 vidéos · Mouvement de caméra selon la photo · Paysage 1280 × 768 · 5 s");
        test(scopeOfAll(wizard)).click();
        choice(wizard, "format").setValue("SQUARE");
        test(motion(wizard, "ZOOM_OUT")).click();

        test(wizard.generate).click();

        assertThat(generations.ofProject(project)).hasSize(3).allSatisfy(made ->
                assertThat(made.options()).as(made.photoName()).containsEntry("format", "SQUARE").containsEntry("motion",
                        switch (made.photoName()) {
                            case "photo-2.jpg" -> "PAN_LEFT";
                            case "photo-3.jpg" -> "PAN_UP";
                            default -> "ZOOM_OUT";
                        }));
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void onePhotosOwnMotionAppliedToAllBecomesEveryonesAndADescriptionPerPhotoCanReplaceTheCommonOne() {
        var project = projectWithCredits("Les Restanques", 2);
        var wizard = openFor(project);
        test(scope(wizard, "photo-1.jpg")).click();
        test(motion(wizard, "PAN_RIGHT")).click();
        test(scope(wizard, "photo-2.jpg")).click();
        test(motion(wizard, "PAN_DOWN")).click();

        test(button(wizard, "apply-to-all")).click();

        assertThat(RenderedText.joined()).contains("2 vidéos · Panoramique vers le bas").doesNotContain("· à part");
        test(kind(wizard, "AI_VIDEO")).click();
        test(scope(wizard, "photo-1.jpg")).click();
        text(wizard, "prompt").setValue("Vers la piscine");
        test(scope(wizard, "photo-2.jpg")).click();
        text(wizard, "prompt").setValue("Vers le salon");
        assertThat(wizard.generate.isEnabled()).as("each photo has its own description: none is needed for all").isTrue();

        test(wizard.generate).click();

        assertThat(generations.ofProject(project)).extracting(made -> made.photoName() + ": " + made.options().get("prompt"))
                .containsExactlyInAnyOrder("photo-1.jpg: Vers la piscine", "photo-2.jpg: Vers le salon");
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void anAiVideoWaitsForItsDescriptionAndSaysItIsMadeByTheSandbox() {
        var project = projectWithCredits("Bastide du Lac", 1);
        var wizard = openFor(project);

        test(kind(wizard, "AI_VIDEO")).click();

        assertThat(provider(wizard, "evolink-wan").getElement().getAttribute("aria-checked")).isEqualTo("true");
        assertThat(RenderedText.joined()).contains("Wan 2.5 (Evolink)", "Bac à sable", "Simulé par Atelier : aucune clé saisie",
                "Luma (AceData)", "Description : Ce réglage est obligatoire.", "0 / 2 000 caractères");
        assertThat(wizard.generate.isEnabled()).as("no description yet").isFalse();

        text(wizard, "prompt").setValue("Lente avancée vers la terrasse au coucher du soleil");
        assertThat(RenderedText.joined()).contains("Cette génération utilisera 2 crédits vidéo (il vous en restera 8).");
        choice(wizard, "quality").setValue("1080p");
        assertThat(RenderedText.joined()).as("1080p priced higher, as the vendor prices it").contains("1 vidéo · 5 s · 1080p",
                "Réalisée par le bac à sable de Wan 2.5 (Evolink)",
                "Cette génération utilisera 3 crédits vidéo (il vous en restera 7).",
                "51 / 2 000 caractères");

        choice(wizard, "duration").setValue("10");
        assertThat(RenderedText.joined()).as("ten seconds cost twice as much")
                .contains("Cette génération utilisera 6 crédits vidéo (il vous en restera 4).");

        test(wizard.generate).click();

        var generation = onlyGeneration(project);
        assertThat(generation.providerId()).isEqualTo("evolink-wan");
        assertThat(generation.options()).containsEntry("prompt", "Lente avancée vers la terrasse au coucher du soleil")
                .containsEntry("duration", "10").containsEntry("quality", "1080p").containsEntry("prompt_extend", "true");
        assertThat(generation.cost()).isEqualTo(6);
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void lumaKeepsTheDescriptionAndTakesAnotherPhotoAsItsLastFrame() {
        var project = projectWithCredits("Domaine des Pins", 2);
        var wizard = openFor(project);
        test(tile(wizard, "photo-2.jpg")).click();
        test(kind(wizard, "AI_VIDEO")).click();
        text(wizard, "prompt").setValue("La caméra glisse le long de la piscine");

        test(provider(wizard, "luma")).click();

        assertThat(text(wizard, "prompt").getValue()).as("kept across services").isEqualTo("La caméra glisse le long de la piscine");
        choice(wizard, "aspect_ratio").setValue("9:16");
        ((Checkbox) wizard.settings.field("loop").orElseThrow()).setValue(true);
        @SuppressWarnings("unchecked")
        var lastFrame = (Select<app.atelier.media.PhotoSummary>) wizard.settings.field("end_image").orElseThrow();
        var second = lastFrame.getListDataView().getItems().filter(photo -> photo.fileName().equals("photo-2.jpg"))
                .findFirst().orElseThrow();
        lastFrame.setValue(second);
        assertThat(RenderedText.joined()).contains("1 vidéo · Vertical 9:16", "Réalisée par le bac à sable de Luma (AceData)");

        test(wizard.generate).click();

        var generation = onlyGeneration(project);
        assertThat(generation.providerId()).isEqualTo("luma");
        assertThat(generation.photoName()).isEqualTo("photo-1.jpg");
        assertThat(generation.options()).containsEntry("prompt", "La caméra glisse le long de la piscine")
                .containsEntry("aspect_ratio", "9:16").containsEntry("loop", "true")
                .containsEntry("end_image", second.original().toString());
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void whatWillBeDoneToThePhotosIsSaidAndAPhotoNoCopyCanFitIsRefused() {
        var project = projectWithCredits("Moulin de la Roche", 0);
        projects.addPhoto(TestAccounts.TEAM_ID, project, "facade.png", TestPhotos.png(2400, 1600, true));
        var wizard = openFor(project);
        test(kind(wizard, "AI_VIDEO")).click();
        text(wizard, "prompt").setValue("Travelling lent");

        assertThat(RenderedText.joined()).contains("facade.png sera adaptée pour Wan 2.5 (Evolink) : transparence posée sur "
                + "un fond blanc, redimensionnée de 2 400 × 1 600 → 2 000 × 1 333 px.");

        projects.addPhoto(TestAccounts.TEAM_ID, project, "panorama.jpg", TestPhotos.jpeg(4000, 300));
        wizard = openFor(project);
        test(kind(wizard, "AI_VIDEO")).click();
        text(wizard, "prompt").setValue("Travelling lent");

        assertThat(RenderedText.joined()).contains("panorama.jpg ne peut pas être envoyée à Wan 2.5 (Evolink) : ses côtés "
                        + "doivent mesurer entre 360 et 2 000 px, or elle mesure 4 000 × 300 px.",
                "Une photo ne peut pas être adaptée à ce service");
        assertThat(wizard.generate.isEnabled()).isFalse();

        test(tile(wizard, "panorama.jpg")).click();
        assertThat(wizard.generate.isEnabled()).as("without the panorama").isTrue();
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

    @Test
    @WithMember(role = Role.MEMBER, freshTeam = true)
    void aServiceSaysHowLongItTakesForTheTeamOnceItHasBeenMeasured() {
        var team = accounts.currentTeamId();
        var project = projects.project(team, "Villa mesurée", 1);
        assertThat(provider(openFor(project), "local").getElement().getTextRecursively()).as("the engine's own estimate")
                .contains("Environ 5 s").doesNotContain("médiane");

        var done = made.cameraMotion(team, project, projects.photosOf(project).getFirst(), currentMember.require().actorId(),
                "ZOOM_IN", "SUCCEEDED", 100, null);
        var finished = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("UPDATE generation SET created_at = ?, finished_at = ? WHERE id = ?")
                .params(finished.minusSeconds(110), finished, done.value()).update();

        assertThat(provider(openFor(project), "local").getElement().getTextRecursively()).as("what the team waited")
                .contains("Environ 2 min (médiane de vos réalisations récentes)");
    }

    /** A project of the member's team, and 10 video credits to spend on it. */
    private ProjectId projectWithCredits(String name, int photos) {
        credits.grant(TestAccounts.TEAM_ID, currentMember.require().actorId(), CreditCurrency.VIDEO, 10);
        return projects.project(TestAccounts.TEAM_ID, name, photos);
    }

    private GenerationSummary onlyGeneration(ProjectId project) {
        var made = generations.ofProject(project);
        assertThat(made).hasSize(1);
        return made.getFirst();
    }

    private static Div tile(NewGenerationView wizard, String name) {
        return wizard.photoGrid.getChildren().filter(Div.class::isInstance).map(Div.class::cast)
                .filter(tile -> name.equals(tile.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow();
    }

    private static Div scope(NewGenerationView wizard, String photoName) {
        return wizard.settings.scopes.strip.getChildren().map(Div.class::cast)
                .filter(tab -> tab.getElement().getTextRecursively().startsWith(photoName)).findFirst().orElseThrow();
    }

    private static Div scopeOfAll(NewGenerationView wizard) {
        return wizard.settings.scopes.strip.getChildren().map(Div.class::cast).findFirst().orElseThrow();
    }

    private static com.vaadin.flow.component.button.Button button(NewGenerationView wizard, String action) {
        return wizard.settings.scopes.actions.getChildren().map(com.vaadin.flow.component.button.Button.class::cast)
                .filter(button -> action.equals(button.getElement().getAttribute("data-action"))).findFirst().orElseThrow();
    }

    private static Div motion(NewGenerationView wizard, String value) {
        return card(wizard.settings.motionGrid, "data-motion", value);
    }

    private static Div kind(NewGenerationView wizard, String value) {
        return card(wizard.kindPicker, "data-kind", value);
    }

    private static Div provider(NewGenerationView wizard, String id) {
        return card(wizard.providerPicker, "data-provider", id);
    }

    private static Div card(Div picker, String attribute, String value) {
        return picker.getChildren().map(Div.class::cast)
                .filter(card -> value.equals(card.getElement().getAttribute(attribute)))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> choice(NewGenerationView wizard, String key) {
        return (RadioButtonGroup<String>) wizard.settings.field(key).orElseThrow();
    }

    private static TextArea text(NewGenerationView wizard, String key) {
        return (TextArea) wizard.settings.field(key).orElseThrow();
    }
}
