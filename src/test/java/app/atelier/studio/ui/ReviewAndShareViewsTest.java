package app.atelier.studio.ui;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.TestGenerations;
import app.atelier.TestProjects;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.generation.Generations;
import app.atelier.generation.Reviews;
import app.atelier.generation.Verdict;
import app.atelier.provider.GenerationKind;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.GenerationId;
import app.atelier.shared.ProjectId;
import app.atelier.sharing.Shares;
import app.atelier.ui.ConfirmDeletion;
import app.atelier.ui.RenderedText;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reviewing and handing out from the project page, without a browser: approve with a comment (the
 * chip, the thread), take it back; a share link made, listed and revoked; the AI mention on by
 * default for an exterior; "make another like this" and "try another provider" filling in the wizard.
 */
@IntegrationTest
@WithMember(role = Role.ADMIN)
class ReviewAndShareViewsTest extends SpringBrowserlessTest {

    @Autowired
    TestProjects projects;

    @Autowired
    TestGenerations made;

    @Autowired
    Generations generations;

    @Autowired
    Reviews reviews;

    @Autowired
    Shares shares;

    @Autowired
    CurrentMember currentMember;

    @Autowired
    TestAccounts accounts;

    private GenerationId exterior(ProjectId project) {
        return made.succeeded(TestAccounts.TEAM_ID, project, projects.photosOf(project).getFirst(),
                currentMember.require().actorId(), "iacrea-exterior", "EXTERIOR", "{\"exterior\":\"POOL\"}", "{}", 1200, 800);
    }

    @Test
    void anApprovalWithItsCommentShowsOnTheCardAndInTheThread() {
        var project = projects.project(TestAccounts.TEAM_ID, "Villa Azur", 1);
        var pool = exterior(project);
        var view = navigate("projects/" + project, ProjectView.class);
        var bar = find(ReviewBar.class, view.generationGrid).single();
        var thread = find(Details.class, view.generationGrid).all().stream()
                .filter(details -> details.hasClassName("review-thread-panel")).findFirst().orElseThrow();
        assertThat(find(TextArea.class, view.generationGrid).all()).as("the comment box is made when the thread opens").isEmpty();
        test(thread).openDetails();

        test(bar.comment()).setValue("Parfait pour l’annonce");
        test(button(view, "approve-result")).click();

        var summary = generations.find(pool).orElseThrow();
        assertThat(summary.review()).isNotNull();
        assertThat(summary.review().verdict()).isEqualTo(Verdict.APPROVED);
        assertThat(bar.comment().getValue()).as("sent with the verdict").isEmpty();
        assertThat(reviews.thread(pool)).singleElement().satisfies(line -> assertThat(line.body()).isEqualTo("Parfait pour l’annonce"));
        // the change comes back to this page as it would to any other looking at the project
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            roundTrip();
            assertThat(button(view, "approve-result").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        });
        assertThat(RenderedText.joined()).contains("Approuvé", "Approuvé par");
        assertThat(thread.getSummaryText()).isEqualTo("1 commentaire");
        assertThat(RenderedText.joined()).as("the open thread read again").contains("a approuvé", "Parfait pour l’annonce");

        test(button(view, "send-comment")).click();
        assertThat(bar.comment().isInvalid()).as("an empty comment").isTrue();
        assertThat(bar.comment().getErrorMessage()).isEqualTo("Écrivez un commentaire avant de l’envoyer.");

        test(button(view, "approve-result")).click();
        assertThat(generations.find(pool).orElseThrow().review()).as("pressed again, taken back").isNull();
    }

    @Test
    void theMentionIsOnForWhatAnAiMadeAndOffForTheLocalEnginesMotions() {
        var project = projects.project(TestAccounts.TEAM_ID, "Bastide des Pins", 1);
        var photo = projects.photosOf(project).getFirst();
        var me = currentMember.require().actorId();
        var local = made.cameraMotion(TestAccounts.TEAM_ID, project, photo, me, "ZOOM_IN", "SUCCEEDED", 100, null);
        var luma = made.succeeded(TestAccounts.TEAM_ID, project, photo, me, "luma", "AI_VIDEO", "{\"prompt\":\"Survol\"}",
                "{}", 1280, 768);
        var animation = made.succeeded(TestAccounts.TEAM_ID, project, photo, me, "iacrea-animation", "CAMERA_MOTION",
                "{\"motion\":\"ZOOM_IN\"}", "{}", 1280, 768);
        var view = navigate("projects/" + project, ProjectView.class);

        var mention = new java.util.HashMap<String, Boolean>();
        find(GenerationCard.class, view.generationGrid).all().forEach(card -> mention.put(
                card.getElement().getAttribute("data-generation"),
                find(Checkbox.class, card).all().stream().filter(box -> box.hasClassName("label-result"))
                        .findFirst().orElseThrow().getValue()));
        assertThat(mention).containsEntry(local.toString(), false).containsEntry(luma.toString(), true)
                .containsEntry(animation.toString(), true);
        assertThat(find(GenerationCard.class, view.generationGrid).all()).as("each card names its photo").allSatisfy(card ->
                assertThat(find(com.vaadin.flow.component.html.Span.class, card).all().stream()
                        .filter(span -> span.hasClassName("card-source")).findFirst().orElseThrow().getText())
                        .isEqualTo("photo-1.jpg"));
    }

    @Test
    void aShareLinkIsMadeListedAndRevoked() {
        var project = projects.project(TestAccounts.TEAM_ID, "Mas des Cigales", 1);
        exterior(project);
        var view = navigate("projects/" + project, ProjectView.class);
        var label = find(Checkbox.class, view.generationGrid).all().stream().filter(box -> box.hasClassName("label-result"))
                .findFirst().orElseThrow();
        assertThat(label.getValue()).as("on by default for an exterior").isTrue();
        assertThat(find(Anchor.class, view.generationGrid).all().stream().filter(link -> link.hasClassName("download-link"))
                .findFirst().orElseThrow().hasClassName("labelled")).isTrue();

        var menu = CardMenus.of(view.generationGrid);
        new MenuBarTester<>(menu).clickItem(0, CardMenus.position(menu, "share-generation"));
        var dialog = find(ShareDialog.class).single();
        assertThat(dialog.title.getValue()).isEqualTo("Mas des Cigales");
        assertThat(dialog.label.getValue()).isTrue();
        assertThat(dialog.lifetime.getListDataView().getItems().map(dialog.lifetime.getItemLabelGenerator()))
                .containsExactly("1 heure", "1 jour", "3 jours", "7 jours", "14 jours", "30 jours");
        dialog.lifetime.setValue(Duration.ofHours(24));
        test(dialog.create).click();
        assertThat(RenderedText.joined()).contains("Ajout de la mention IA aux fichiers");

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var session = com.vaadin.flow.server.VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            assertThat(dialog.address.getValue()).contains("/share/");
        });
        assertThat(RenderedText.joined()).contains("Copiez-le maintenant");
        var listed = shares.list();
        assertThat(listed).first().satisfies(share -> {
            assertThat(share.title()).isEqualTo("Mas des Cigales");
            assertThat(share.labelled()).isTrue();
            assertThat(Duration.between(share.createdAt(), share.expiresAt())).isEqualTo(Duration.ofHours(24));
        });

        var list = navigate(SharesView.class);
        assertThat(RenderedText.joined()).contains("Mas des Cigales", "1 résultat", "avec la mention IA", "jamais ouvert");
        test(find(Button.class, list.list).all().stream().filter(button -> button.hasClassName("revoke-share")).findFirst()
                .orElseThrow()).click();
        var confirm = find(ConfirmDeletion.class).single();
        assertThat(RenderedText.joined()).contains("Le lien cessera de fonctionner immédiatement");
        test(confirm.confirm).click();
        var token = dialog.address.getValue().substring(dialog.address.getValue().lastIndexOf('/') + 1);
        assertThat(shares.open(token)).isEmpty();
        assertThat(RenderedText.joined()).contains("Révoqué");
    }

    @Test
    void anUnknownShareLinkIsTheNotFoundPage() {
        navigate("share/" + "A".repeat(43), app.atelier.ui.NotFoundView.class);
        assertThat(RenderedText.joined()).contains("Page introuvable");
    }

    @Test
    void makeAnotherLikeThisFillsTheWizardInAsItWasAsked() {
        var project = projects.project(TestAccounts.TEAM_ID, "Loft du Port", 3);
        var photos = projects.photosOf(project);
        var motion = made.cameraMotion(TestAccounts.TEAM_ID, project, photos.get(1), currentMember.require().actorId(),
                "PAN_LEFT", "FAILED", 0, "UNKNOWN");

        UI.getCurrent().navigate(NewGenerationView.class, QueryParameters.of(NewGenerationView.FROM, motion.toString()));

        var wizard = (NewGenerationView) getCurrentView();
        assertThat(wizard.project.getValue().name()).isEqualTo("Loft du Port");
        assertThat(wizard.settings.values()).containsEntry("motion", "PAN_LEFT");
        assertThat(RenderedText.joined()).contains("Réglages repris de « Panoramique vers la gauche »", "1 photo choisie : 1 vidéo");
        assertThat(wizard.generate.isEnabled()).isTrue();
        assertThat(GenerationKind.CAMERA_MOTION).isNotNull();
    }

    @Test
    void anotherTeamsGenerationFillsNothingIn() {
        var other = accounts.otherTeam();
        var theirs = projects.project(other, "Leur villa", 1);
        var theirResult = made.succeeded(other, theirs, projects.photosOf(theirs).getFirst(),
                accounts.memberOf(other, Role.MEMBER).memberId(), "iacrea-exterior", "EXTERIOR", "{\"exterior\":\"POOL\"}",
                "{}", 1200, 800);
        projects.project(TestAccounts.TEAM_ID, "Notre villa", 1);

        UI.getCurrent().navigate(NewGenerationView.class, QueryParameters.of(NewGenerationView.FROM, theirResult.toString()));

        var wizard = (NewGenerationView) getCurrentView();
        assertThat(wizard.project.getValue()).isNull();
        assertThat(RenderedText.joined()).doesNotContain("Leur villa", "Réglages repris");
    }

    private Button button(ProjectView view, String className) {
        return find(Button.class, view.generationGrid).all().stream().filter(button -> button.hasClassName(className))
                .findFirst().orElseThrow();
    }
}
