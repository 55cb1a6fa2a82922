package app.atelier.studio.ui;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.TestCredits;
import app.atelier.TestGenerations;
import app.atelier.TestProjects;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.credits.CreditsChanged;
import app.atelier.generation.FailureReason;
import app.atelier.generation.GenerationState;
import app.atelier.generation.work.GenerationLifecycle;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.GenerationId;
import app.atelier.shared.Language;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.internal.UIFactory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What open views show as generations move, pushed from background work: two windows of one
 * project both follow a progress change and a success; the header's balance follows a grant; a
 * member elsewhere hears that their video is ready.
 */
@IntegrationTest
class GenerationLiveTest extends SpringBrowserlessTest {

    @Autowired
    TestProjects projects;

    @Autowired
    TestGenerations testGenerations;

    @Autowired
    TestCredits testCredits;

    @Autowired
    GenerationLifecycle lifecycle;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CurrentMember currentMember;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    app.atelier.generation.Generations generations;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    @WithMember(role = Role.MEMBER)
    void twoWindowsOfOneProjectBothSeeProgressPushedFromABackgroundJob() {
        var project = projects.project(TestAccounts.TEAM_ID, "Villa Les Oliviers", 1);
        var generation = testGenerations.cameraMotion(TestAccounts.TEAM_ID, project, projects.photosOf(project).getFirst(),
                currentMember.require().actorId(), "PAN_LEFT", "RUNNING", 10, null);
        var firstWindow = navigate(ProjectView.class, Map.of(ProjectView.PROJECT, project.toString()));
        MockVaadin.createUI((UIFactory) UI::new, VaadinSession.getCurrent());
        var secondWindow = navigate(ProjectView.class, Map.of(ProjectView.PROJECT, project.toString()));
        assertThat(List.of(firstWindow, secondWindow)).allSatisfy(view -> assertThat(progressOf(view)).isEqualTo("En cours · 10 %"));

        CompletableFuture.runAsync(() -> lifecycle.progressed(generation.value(), 55, null, null, null)).join();

        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            runPendingAccessTasks();
            assertThat(List.of(firstWindow, secondWindow)).allSatisfy(view -> assertThat(progressOf(view)).isEqualTo("En cours · 55 %"));
        });
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void aCardSaysWhenTheVendorRefusesTheKeyAndWhenItGoesOn() {
        var project = projects.project(TestAccounts.TEAM_ID, "Villa Azur", 1);
        var generation = testGenerations.cameraMotion(TestAccounts.TEAM_ID, project, projects.photosOf(project).getFirst(),
                currentMember.require().actorId(), "PAN_RIGHT", "RUNNING", 20, null);
        var view = navigate(ProjectView.class, Map.of(ProjectView.PROJECT, project.toString()));
        var later = java.time.Instant.now().plusSeconds(600);

        CompletableFuture.runAsync(() -> {
            for (int refusal = 0; refusal < 3; refusal++) {
                lifecycle.keyRefusedOnPoll(generation.value(), later);
            }
        }).join();

        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            runPendingAccessTasks();
            assertThat(progressOf(view)).isEqualTo("Atelier — moteur local refuse sa clé : un administrateur doit en saisir une valide "
                    + "(Équipe › Fournisseurs). La génération reprendra alors.");
        });

        CompletableFuture.runAsync(() -> lifecycle.progressed(generation.value(), 35, null, null, later)).join();

        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            runPendingAccessTasks();
            assertThat(progressOf(view)).isEqualTo("En cours · 35 %");
        });
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void aResultDeletedInOneWindowLeavesTheOther() {
        var project = projects.project(TestAccounts.TEAM_ID, "Bastide des Pins", 1);
        var photo = projects.photosOf(project).getFirst();
        var me = currentMember.require().actorId();
        var kept = testGenerations.cameraMotion(TestAccounts.TEAM_ID, project, photo, me, "ZOOM_IN", "SUCCEEDED", 100, null);
        var deleted = testGenerations.cameraMotion(TestAccounts.TEAM_ID, project, photo, me, "PAN_LEFT", "FAILED", 0, "UNKNOWN");
        var firstWindow = navigate(ProjectView.class, Map.of(ProjectView.PROJECT, project.toString()));
        MockVaadin.createUI((UIFactory) UI::new, VaadinSession.getCurrent());
        var secondWindow = navigate(ProjectView.class, Map.of(ProjectView.PROJECT, project.toString()));
        assertThat(cardsOf(secondWindow)).hasSize(2);

        assertThat(generations.delete(deleted)).isEqualTo(app.atelier.project.DeleteOutcome.DELETED);

        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            runPendingAccessTasks();
            assertThat(List.of(firstWindow, secondWindow)).allSatisfy(view -> assertThat(cardsOf(view)).singleElement()
                    .satisfies(card -> assertThat(card.getElement().getAttribute("data-generation")).isEqualTo(kept.toString())));
        });
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void aGenerationThatEndsIsRedrawnWithWhatItBecame() {
        var project = projects.project(TestAccounts.TEAM_ID, "Mas des Lavandes", 1);
        var generation = testGenerations.cameraMotion(TestAccounts.TEAM_ID, project, projects.photosOf(project).getFirst(),
                currentMember.require().actorId(), "ZOOM_OUT", "RUNNING", 80, null);
        var view = navigate(ProjectView.class, Map.of(ProjectView.PROJECT, project.toString()));
        assertThat(cardsOf(view)).singleElement().satisfies(card -> assertThat(card.state()).isEqualTo(GenerationState.RUNNING));

        CompletableFuture.runAsync(() -> lifecycle.failed(generation.value(), FailureReason.VENDOR_DOWN, "502")).join();

        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            runPendingAccessTasks();
            assertThat(cardsOf(view)).singleElement().satisfies(card -> assertThat(card.state()).isEqualTo(GenerationState.FAILED));
        });
        assertThat(view.generationGrid.getElement().getTextRecursively())
                .contains("Le fournisseur ne répond pas. Réessayez un peu plus tard.")
                .doesNotContain("502");
        assertThat(find(Button.class, view.generationGrid).withText("Réessayer").all()).hasSize(1);
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void aLongProjectShowsItsNewestResultsFirstAndTheRestWhenAsked() {
        var project = projects.project(TestAccounts.TEAM_ID, "Domaine des Cent Oliviers", 1);
        var photo = projects.photosOf(project).getFirst();
        var me = currentMember.require().actorId();
        var newestFirst = new java.util.ArrayList<GenerationId>();
        for (int age = 0; age < 40; age++) {
            var made = testGenerations.cameraMotion(TestAccounts.TEAM_ID, project, photo, me, "ZOOM_IN",
                    age == 14 ? "RUNNING" : "FAILED", age == 14 ? 40 : 0, age == 14 ? null : "UNKNOWN");
            jdbc.sql("UPDATE generation SET created_at = ? WHERE id = ?")
                    .params(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(age), made.value()).update();
            newestFirst.add(made);
        }
        var view = navigate(ProjectView.class, Map.of(ProjectView.PROJECT, project.toString()));
        assertThat(idsOf(view)).as("the newest page").containsExactlyElementsOf(newestFirst.subList(0, ProjectView.FIRST_PAGE));
        assertThat(view.more.isVisible()).isTrue();
        assertThat(view.more.getText()).isEqualTo("Afficher plus · 28 autres réalisations");
        var firstCard = cardsOf(view).getFirst();

        // further down than the page shows: its progress changes nothing here, its end is read but shows nothing new
        var hidden = newestFirst.get(14);
        CompletableFuture.runAsync(() -> lifecycle.progressed(hidden.value(), 60, null, null, null)).join();
        CompletableFuture.runAsync(() -> lifecycle.failed(hidden.value(), FailureReason.VENDOR_DOWN, "502")).join();
        // a new one arrives at the top: nothing that was in view leaves it
        var arrived = testGenerations.cameraMotion(TestAccounts.TEAM_ID, project, photo, me, "PAN_LEFT", "RUNNING", 5, null);
        CompletableFuture.runAsync(() -> lifecycle.progressed(arrived.value(), 10, null, null, null)).join();
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            runPendingAccessTasks();
            assertThat(idsOf(view)).hasSize(ProjectView.FIRST_PAGE + 1).startsWith(arrived);
        });
        assertThat(idsOf(view).subList(1, ProjectView.FIRST_PAGE + 1)).containsExactlyElementsOf(newestFirst.subList(0, ProjectView.FIRST_PAGE));
        assertThat(cardsOf(view).get(1)).as("a card that did not change is kept as it was").isSameAs(firstCard);
        assertThat(view.more.getText()).isEqualTo("Afficher plus · 28 autres réalisations");

        test(view.more).click();
        assertThat(idsOf(view)).hasSize(ProjectView.FIRST_PAGE + 1 + ProjectView.NEXT_PAGE);
        assertThat(view.more.getText()).isEqualTo("Afficher plus · 4 autres réalisations");
        assertThat(cardsOf(view).get(15).state()).as("the one that ended while out of view").isEqualTo(GenerationState.FAILED);
        test(view.more).click();
        assertThat(idsOf(view)).hasSize(41).endsWith(newestFirst.getLast());
        assertThat(view.more.isVisible()).isFalse();
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void aPageNeverCutsAVariationFromWhatItContinues() {
        var project = projects.project(TestAccounts.TEAM_ID, "Mas des Cigales", 1);
        var photo = projects.photosOf(project).getFirst();
        var me = currentMember.require().actorId();
        var byAge = new java.util.ArrayList<GenerationId>();
        for (int age = 0; age <= 14; age++) {
            var made = testGenerations.cameraMotion(TestAccounts.TEAM_ID, project, photo, me, "ZOOM_OUT", "FAILED", 0, "UNKNOWN");
            jdbc.sql("UPDATE generation SET created_at = ? WHERE id = ?")
                    .params(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(age), made.value()).update();
            byAge.add(made);
        }
        // the two newest continue the 12th on the page; each is read under it
        var parent = byAge.get(13);
        testGenerations.continuing(byAge.get(0), parent);
        testGenerations.continuing(byAge.get(1), parent);

        var view = navigate(ProjectView.class, Map.of(ProjectView.PROJECT, project.toString()));

        assertThat(idsOf(view)).hasSize(ProjectView.FIRST_PAGE + 2).endsWith(parent, byAge.get(1), byAge.get(0));
        assertThat(view.more.getText()).isEqualTo("Afficher plus · 1 autre réalisation");
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void theHeaderBalanceFollowsAGrantMadeElsewhere() {
        var me = currentMember.require().actorId();
        navigate(GalleryView.class);
        var balances = find(com.vaadin.flow.component.html.Anchor.class).all().stream()
                .filter(link -> link.hasClassName("credit-balances")).findFirst().orElseThrow();
        assertThat(balances.getElement().getAttribute("title")).isEqualTo("Crédits vidéo : 0 · Crédits photo : 0");

        CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            testCredits.grant(TestAccounts.TEAM_ID, me, CreditCurrency.VIDEO, 12);
            events.publishEvent(new CreditsChanged(TestAccounts.TEAM_ID, me));
        })).join();

        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            runPendingAccessTasks();
            assertThat(balances.getElement().getAttribute("title")).isEqualTo("Crédits vidéo : 12 · Crédits photo : 0");
        });
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void aMemberElsewhereInTheApplicationHearsThatTheirVideoIsReadyOrFailed() {
        var me = currentMember.require().actorId();
        var project = projects.project(TestAccounts.TEAM_ID, "Mas des Lavandes", 2);
        var photos = projects.photosOf(project);
        var ready = testGenerations.cameraMotion(TestAccounts.TEAM_ID, project, photos.getFirst(), me, "ZOOM_OUT", "RUNNING", 80, null);
        var broken = testGenerations.cameraMotion(TestAccounts.TEAM_ID, project, photos.getLast(), me, "PAN_LEFT", "RUNNING", 30, null);
        navigate(GalleryView.class);
        assertThat(notices()).isEmpty();

        CompletableFuture.runAsync(() -> lifecycle.succeeded(ready.value(), generation -> List.of())).join();
        CompletableFuture.runAsync(() -> lifecycle.failed(broken.value(), FailureReason.VENDOR_DOWN, "502")).join();

        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            runPendingAccessTasks();
            assertThat(notices()).hasSize(2);
        });
        assertThat(notices()).extracting(notice -> notice.getElement().getTextRecursively()).containsExactlyInAnyOrder(
                "Votre vidéo « Zoom arrière » pour Mas des Lavandes est prête.Voir le projet",
                "Votre vidéo « Panoramique vers la gauche » pour Mas des Lavandes n’a pas abouti. "
                        + "Le fournisseur ne répond pas. Réessayez un peu plus tard.Voir le projet");
        var link = notices().getFirst().getChildren()
                .filter(RouterLink.class::isInstance).map(RouterLink.class::cast).findFirst().orElseThrow();
        assertThat(link.getHref()).isEqualTo("projects/" + project);
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void noNoticeOnThePageThatAlreadyShowsIt() {
        var me = currentMember.require().actorId();
        var project = projects.project(TestAccounts.TEAM_ID, "Villa Les Oliviers", 1);
        var mine = testGenerations.cameraMotion(TestAccounts.TEAM_ID, project, projects.photosOf(project).getFirst(), me,
                "ZOOM_IN", "RUNNING", 50, null);
        var teammate = accounts.member(Role.MEMBER, Language.FRENCH, "Marc Petit").memberId();
        var theirs = testGenerations.cameraMotion(TestAccounts.TEAM_ID, project, projects.photosOf(project).getFirst(), teammate,
                "ZOOM_OUT", "RUNNING", 50, null);
        var view = navigate(ProjectView.class, Map.of(ProjectView.PROJECT, project.toString()));

        CompletableFuture.runAsync(() -> lifecycle.succeeded(mine.value(), generation -> List.of())).join();
        CompletableFuture.runAsync(() -> lifecycle.succeeded(theirs.value(), generation -> List.of())).join();

        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            runPendingAccessTasks();
            assertThat(cardsOf(view)).allSatisfy(card -> assertThat(card.state()).isEqualTo(GenerationState.SUCCEEDED));
        });
        assertThat(notices()).isEmpty();
    }

    /** The "your video is ready" notices open in this window, as their content. */
    private List<Component> notices() {
        return find(Notification.class).all().stream()
                .filter(Notification::isOpened)
                .flatMap(Notification::getChildren)
                .filter(content -> content.getElement().getClassList().contains("generation-notice"))
                .toList();
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void aChangeWhoseEventNeverCameIsShownAtTheNextResyncWhileSomethingRuns() {
        var project = projects.project(TestAccounts.TEAM_ID, "Mas des Cigales", 1);
        var generation = testGenerations.cameraMotion(TestAccounts.TEAM_ID, project, projects.photosOf(project).getFirst(),
                currentMember.require().actorId(), "ZOOM_IN", "RUNNING", 40, null);
        var view = navigate(ProjectView.class, Map.of(ProjectView.PROJECT, project.toString()));
        var ui = UI.getCurrent();
        assertThat(ui.getPollInterval()).as("the page asks again while something runs").isEqualTo(20_000);

        // the generation failed on a node whose notification never arrived: no event here
        jdbc.sql("UPDATE generation SET state = 'FAILED', error_code = 'UNKNOWN', finished_at = CURRENT_TIMESTAMP WHERE id = ?")
                .param(generation.value()).update();
        assertThat(cardsOf(view).getFirst().state()).as("nothing told the page yet").isEqualTo(GenerationState.RUNNING);

        com.vaadin.flow.component.ComponentUtil.fireEvent(ui, new com.vaadin.flow.component.PollEvent(ui, true));

        assertThat(cardsOf(view).getFirst().state()).isEqualTo(GenerationState.FAILED);
    }

    @Test
    @WithMember(role = Role.MEMBER)
    void aStormOfProgressWaitsAsOneBatchAndTheCardShowsTheLast() {
        var project = projects.project(TestAccounts.TEAM_ID, "Bastide des Pins", 1);
        var generation = testGenerations.cameraMotion(TestAccounts.TEAM_ID, project, projects.photosOf(project).getFirst(),
                currentMember.require().actorId(), "ZOOM_OUT", "RUNNING", 1, null);
        var view = navigate(ProjectView.class, Map.of(ProjectView.PROJECT, project.toString()));
        var queue = VaadinSession.getCurrent().getPendingAccessQueue();
        int before = queue.size();

        // a busy project: events come much faster than the page handles them (here: not at all meanwhile)
        CompletableFuture.runAsync(() -> {
            for (int percent = 2; percent <= 90; percent++) {
                lifecycle.progressed(generation.value(), percent, null, null, null);
            }
        }).join();

        int[] most = {0};
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            most[0] = Math.max(most[0], queue.size() - before);
            runPendingAccessTasks();
            assertThat(progressOf(view)).isEqualTo("En cours · 90 %");
        });
        // each waiting event a task of its own would hold the session for them all, a request's answer behind them
        assertThat(most[0]).as("work waiting for the page's session").isLessThanOrEqualTo(1);
    }

    private List<GenerationId> idsOf(ProjectView view) {
        return cardsOf(view).stream().map(card -> GenerationId.of(java.util.UUID.fromString(card.getElement().getAttribute("data-generation")))).toList();
    }

    private List<GenerationCard> cardsOf(ProjectView view) {
        return view.generationGrid.getChildren().filter(GenerationCard.class::isInstance).map(GenerationCard.class::cast).toList();
    }

    private String progressOf(ProjectView view) {
        var card = cardsOf(view).getFirst();
        return card.getElement().getChildren()
                .flatMap(child -> child.getChildren())
                .flatMap(child -> child.getChildren())
                .filter(element -> element.getClassList().contains("generation-progress-label"))
                .map(element -> element.getText().replace('\u00a0', ' '))
                .findFirst().orElse("");
    }

    private static void runPendingAccessTasks() {
        var session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }
}
