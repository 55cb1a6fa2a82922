package app.atelier.studio;

import app.atelier.StatementCounter;
import app.atelier.TestAccounts;
import app.atelier.TestGenerations;
import app.atelier.TestProjects;
import app.atelier.account.Role;
import app.atelier.generation.GenerationState;
import app.atelier.generation.Generations;
import app.atelier.generation.ReviewOutcome;
import app.atelier.generation.Reviews;
import app.atelier.generation.Verdict;
import app.atelier.generation.internal.GenerationText;
import app.atelier.project.DeleteOutcome;
import app.atelier.project.internal.ProjectActivity;
import app.atelier.project.internal.ProjectText;
import app.atelier.provider.GenerationKind;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.Language;
import app.atelier.shared.ProjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gallery's query on any database: pages, sorts, filters, words, counts, covers, and how few
 * statements a page takes. Run by {@link GalleryTest} on H2 and {@link GalleryPostgresTest} on PostgreSQL.
 */
abstract class GalleryContract {

    @Autowired
    Gallery gallery;

    @Autowired
    TestProjects projects;

    @Autowired
    TestGenerations generations;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CurrentMember currentMember;

    @Autowired
    ProjectActivity activity;

    @Autowired
    StatementCounter statements;

    @Autowired
    Reviews reviews;

    @Autowired
    Generations made;

    @Autowired
    GenerationText generationText;

    @Autowired
    ProjectText projectText;

    UUID team;
    UUID me;
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

    @BeforeEach
    void team() {
        team = currentMember.require().teamId();
        me = currentMember.require().actorId();
    }

    private ProjectId project(String name, String reference, String address, int hoursAgo, int photos) {
        return projects.project(team, name, reference, address, now.minusHours(hoursAgo), photos);
    }

    private List<String> names(GalleryQuery query) {
        return gallery.projects(query, 0, 50).projects().stream().map(ProjectCard::name).toList();
    }

    @Test
    void pagesFollowEachOtherWithoutGapOrRepeatAndAnotherTeamsProjectsNeverShow() {
        var made = new HashSet<ProjectId>();
        for (int i = 0; i < 30; i++) {
            made.add(project("Projet " + i, "R" + i, "Rue " + i, i, 0));
        }
        projects.project(accounts.otherTeam(), "Leur projet", 0);

        var seen = new ArrayList<ProjectId>();
        var first = gallery.projects(GalleryQuery.everything(), 0, 12);
        var second = gallery.projects(GalleryQuery.everything(), 12, 12);
        var third = gallery.projects(GalleryQuery.everything(), 24, 12);
        List.of(first, second, third).forEach(page -> page.projects().forEach(card -> seen.add(card.id())));

        assertThat(first.projects()).hasSize(12);
        assertThat(first.more()).isTrue();
        assertThat(second.more()).isTrue();
        assertThat(third.projects()).hasSize(6);
        assertThat(third.more()).isFalse();
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(made);
        assertThat(first.projects().getFirst().name()).as("the newest activity first").isEqualTo("Projet 0");
    }

    @Test
    void projectsSortByActivityByNameAndByCreation() {
        var old = project("Bastide", "A1", "Gordes", 48, 0);
        project("azur Lodge", "A2", "Nice", 24, 0);
        project("Chalet", "A3", "Megève", 1, 0);
        activity.touch(old.value(), now.toInstant());

        assertThat(names(GalleryQuery.everything())).containsExactly("Bastide", "Chalet", "azur Lodge");
        assertThat(names(GalleryQuery.everything().sortedBy(GallerySort.NAME))).containsExactly("azur Lodge", "Bastide", "Chalet");
        assertThat(names(GalleryQuery.everything().sortedBy(GallerySort.CREATED))).containsExactly("Chalet", "azur Lodge", "Bastide");
    }

    @Test
    void wordsMatchNameReferenceAddressAndDescriptionsWhateverTheirCase() {
        project("Villa Les Oliviers", "VLO-2024", "12 chemin des Oliviers, Saint-Tropez", 3, 0);
        project("Mas des Lavandes", "MDL-77", "Route de Sault, Gordes", 2, 0);
        var loft = project("Loft du Port", "LP-1", "Quai 100%, Marseille", 1, 1);
        generations.succeeded(team, loft, projects.photosOf(loft).getFirst(), me, "luma", "AI_VIDEO",
                "{\"prompt\":\"Travelling vers la terrasse au coucher du soleil\"}", "{}", 1280, 768);

        assertThat(names(query("oliviers"))).containsExactly("Villa Les Oliviers");
        assertThat(names(query("mdl-77"))).containsExactly("Mas des Lavandes");
        assertThat(names(query("GORDES"))).containsExactly("Mas des Lavandes");
        assertThat(names(query("coucher terrasse"))).as("every word, in a description").containsExactly("Loft du Port");
        assertThat(names(query("coucher gordes"))).as("every word must match").isEmpty();
        assertThat(names(query("100%"))).containsExactly("Loft du Port");
        assertThat(names(query("%"))).as("a % is a character, not a wildcard").containsExactly("Loft du Port");
        assertThat(names(query("_"))).isEmpty();
    }

    @Test
    void wordsAreFoundWhateverTheirAccentsOnceTheFoldedTextIsWritten() {
        var chalet = project("Chalet à Megève", "CM-1", "Route du Jaillet", 2, 1);
        var survol = generations.succeeded(team, chalet, projects.photosOf(chalet).getFirst(), me, "luma", "AI_VIDEO",
                "{\"prompt\":\"Survol de la forêt enneigée\"}", "{}", 1280, 768);
        assertThat(names(query("megève"))).as("rows written by hand: read raw").containsExactly("Chalet à Megève");

        // what start-up does for rows without their folded text: the generations' first, then the projects'
        generationText.backfill();
        projectText.backfill();

        assertThat(names(query("megeve"))).containsExactly("Chalet à Megève");
        assertThat(names(query("MEGÈVE chalet"))).containsExactly("Chalet à Megève");
        assertThat(names(query("foret enneigee"))).as("in a description").containsExactly("Chalet à Megève");
        assertThat(names(query("megeve lavande"))).isEmpty();
        assertThat(gallery.results(query("FORÊT"), 0, 10).results()).extracting(ResultCard::projectName)
                .containsExactly("Chalet à Megève");
        assertThat(gallery.results(query("jaillet"), 0, 10).results()).as("its project's address").hasSize(1);

        assertThat(made.delete(survol)).isEqualTo(DeleteOutcome.DELETED);
        assertThat(names(query("foret"))).as("a deleted description no longer finds its project").isEmpty();
        assertThat(names(query("megeve"))).containsExactly("Chalet à Megève");
    }

    @Test
    void approvedAndRejectedKeepTheProjectsWithSuchAResult() {
        var approved = project("Bastide", "B", "Uzès", 5, 1);
        var liked = generations.succeeded(team, approved, projects.photosOf(approved).getFirst(), me, "iacrea-exterior",
                "EXTERIOR", "{\"exterior\":\"POOL\"}", "{}", 1200, 800);
        var rejected = project("Cabanon", "C", "Cassis", 4, 1);
        var disliked = generations.succeeded(team, rejected, projects.photosOf(rejected).getFirst(), me, "iacrea-exterior",
                "EXTERIOR", "{\"exterior\":\"TERRACE\"}", "{}", 1200, 800);
        var changedMind = project("Domaine", "D", "Lourmarin", 3, 1);
        var undone = generations.succeeded(team, changedMind, projects.photosOf(changedMind).getFirst(), me, "luma",
                "AI_VIDEO", "{}", "{}", 1280, 768);
        project("Écurie", "E", "Eygalières", 2, 0);
        assertThat(reviews.judge(liked, Verdict.APPROVED, "Parfait pour l’annonce")).isEqualTo(ReviewOutcome.DONE);
        assertThat(reviews.judge(disliked, Verdict.REJECTED, null)).isEqualTo(ReviewOutcome.DONE);
        reviews.judge(undone, Verdict.APPROVED, null);
        reviews.judge(undone, null, null);

        assertThat(names(reviewed(Set.of(Verdict.APPROVED)))).containsExactly("Bastide");
        assertThat(names(reviewed(Set.of(Verdict.REJECTED)))).containsExactly("Cabanon");
        assertThat(names(reviewed(Set.of(Verdict.APPROVED, Verdict.REJECTED)))).containsExactly("Bastide", "Cabanon");
        assertThat(names(GalleryQuery.everything())).hasSize(4);
    }

    private static GalleryQuery reviewed(Set<Verdict> verdicts) {
        return new GalleryQuery("", Set.of(), Set.of(), Set.of(), Set.of(), verdicts, null, null, GallerySort.NAME);
    }

    @Test
    void filtersKeepProjectsWithAGenerationThatPassesThemAll() {
        var colleague = accounts.memberOf(team, Role.MEMBER, Language.FRENCH, "Marc Petit").memberId();
        var failedMotion = project("Moulin", "M", "Fontvieille", 5, 1);
        generations.cameraMotion(team, failedMotion, projects.photosOf(failedMotion).getFirst(), me, "ZOOM_IN", "FAILED", 0,
                "UNKNOWN");
        var exterior = project("Jardin", "J", "Grasse", 4, 1);
        generations.succeeded(team, exterior, projects.photosOf(exterior).getFirst(), colleague, "iacrea-exterior",
                "EXTERIOR", "{\"exterior\":\"POOL\"}", "{}", 1200, 800);
        var running = project("Atelier", "A", "Arles", 3, 1);
        generations.cameraMotion(team, running, projects.photosOf(running).getFirst(), colleague, "PAN_LEFT", "RUNNING", 40,
                null);
        project("Vide", "V", "Vence", 2, 0);

        assertThat(names(filter(Set.of(GenerationKind.EXTERIOR), Set.of(), Set.of(), Set.of()))).containsExactly("Jardin");
        assertThat(names(filter(Set.of(), Set.of(GenerationState.FAILED), Set.of(), Set.of()))).containsExactly("Moulin");
        assertThat(names(filter(Set.of(), Set.of(), Set.of("local"), Set.of()))).containsExactlyInAnyOrder("Moulin", "Atelier");
        assertThat(names(filter(Set.of(), Set.of(), Set.of(), Set.of(colleague)))).containsExactlyInAnyOrder("Jardin", "Atelier");
        assertThat(names(filter(Set.of(GenerationKind.CAMERA_MOTION), Set.of(GenerationState.RUNNING), Set.of(),
                Set.of(me)))).as("one generation must pass them all").isEmpty();
        var today = LocalDate.now(ZoneOffset.UTC);
        assertThat(names(new GalleryQuery("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), today, today, GallerySort.NAME)))
                .containsExactly("Atelier", "Jardin", "Moulin");
        assertThat(names(new GalleryQuery("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), today.plusDays(1), null,
                GallerySort.NAME))).isEmpty();
    }

    @Test
    void aCardCountsPhotosVideosImagesAndWorkUnderWayAndShowsTheFirstPhoto() {
        var villa = project("Villa", "V", "Vence", 1, 2);
        var photos = projects.photosOf(villa);
        generations.cameraMotion(team, villa, photos.get(0), me, "ZOOM_IN", "SUCCEEDED", 100, null);
        generations.succeeded(team, villa, photos.get(1), me, "iacrea-exterior", "EXTERIOR", "{\"exterior\":\"POOL\"}",
                "{}", 1400, 800);
        generations.cameraMotion(team, villa, photos.get(0), me, "PAN_LEFT", "RUNNING", 30, null);
        generations.cameraMotion(team, villa, photos.get(1), me, "PAN_RIGHT", "RUNNING", 70, null);

        var card = gallery.projects(GalleryQuery.everything(), 0, 10).projects().getFirst();

        assertThat(card.photos()).isEqualTo(2);
        assertThat(card.videos()).isEqualTo(1);
        assertThat(card.images()).isEqualTo(1);
        assertThat(card.running()).isEqualTo(2);
        assertThat(card.progress()).isEqualTo(50);
        assertThat(card.cover()).isNotNull();
        assertThat(card.listingReference()).isEqualTo("V");
    }

    @Test
    void aPageTakesTwoStatementsHoweverManyProjectsItShows() {
        for (int i = 0; i < 24; i++) {
            var id = project("Projet " + i, "R" + i, "Rue " + i, i, 1);
            generations.cameraMotion(team, id, projects.photosOf(id).getFirst(), me, "ZOOM_IN", "RUNNING", 10, null);
        }

        var small = statements.during(() -> gallery.projects(GalleryQuery.everything(), 0, 4));
        var large = statements.during(() -> gallery.projects(GalleryQuery.everything(), 0, 24));
        var searched = statements.during(() -> gallery.projects(new GalleryQuery("projet rue", Set.of(GenerationKind.CAMERA_MOTION),
                Set.of(GenerationState.RUNNING), Set.of("local"), Set.of(me), Set.of(), null, null, GallerySort.NAME), 0, 24));

        assertThat(small.value().projects()).hasSize(4);
        assertThat(large.value().projects()).hasSize(24);
        assertThat(searched.value().projects()).hasSize(24);
        assertThat(List.of(small.statements(), large.statements(), searched.statements())).containsOnly(2);
    }

    @Test
    void theResultsListShowsEveryFinishedVideoAndImageAcrossProjectsWithTheSameFilters() {
        var colleague = accounts.memberOf(team, Role.MEMBER, Language.FRENCH, "Marc Petit").memberId();
        var villa = project("Villa Azur", "VA", "Nice", 3, 2);
        var villaPhotos = projects.photosOf(villa);
        var pool = generations.succeeded(team, villa, villaPhotos.get(0), me, "iacrea-exterior", "EXTERIOR",
                "{\"exterior\":\"POOL\"}", "{}", 1200, 800);
        var zoom = generations.cameraMotion(team, villa, villaPhotos.get(1), colleague, "ZOOM_IN", "SUCCEEDED", 100, null);
        generations.cameraMotion(team, villa, villaPhotos.get(1), me, "PAN_LEFT", "FAILED", 0, "UNKNOWN");
        var loft = project("Loft du Port", "LP", "Marseille", 2, 1);
        var travelling = generations.succeeded(team, loft, projects.photosOf(loft).getFirst(), me, "luma", "AI_VIDEO",
                "{\"prompt\":\"Travelling vers la terrasse\"}", "{}", 1280, 768);
        reviews.judge(zoom, Verdict.APPROVED, null);

        var all = gallery.results(GalleryQuery.everything().sortedBy(GallerySort.NAME), 0, 50).results();
        assertThat(all).extracting(ResultCard::generationId).as("finished only, by project name")
                .containsExactlyInAnyOrder(pool, zoom, travelling);
        assertThat(all.getFirst().projectName()).isEqualTo("Loft du Port");
        var video = all.stream().filter(result -> result.generationId().equals(zoom)).findFirst().orElseThrow();
        assertThat(video.type()).isEqualTo(app.atelier.provider.ResultType.VIDEO);
        assertThat(video.still()).as("a video's poster").isNotNull().isNotEqualTo(video.asset());
        assertThat(video.duration()).isNotNull();
        assertThat(video.verdict()).isEqualTo(Verdict.APPROVED);
        var image = all.stream().filter(result -> result.generationId().equals(pool)).findFirst().orElseThrow();
        assertThat(image.still()).as("an image stands for itself").isEqualTo(image.asset());

        assertThat(gallery.results(filter(Set.of(GenerationKind.EXTERIOR), Set.of(), Set.of(), Set.of()), 0, 50).results())
                .extracting(ResultCard::generationId).containsExactly(pool);
        assertThat(gallery.results(filter(Set.of(), Set.of(), Set.of(), Set.of(colleague)), 0, 50).results())
                .extracting(ResultCard::generationId).containsExactly(zoom);
        assertThat(gallery.results(reviewed(Set.of(Verdict.APPROVED)), 0, 50).results())
                .extracting(ResultCard::generationId).containsExactly(zoom);
        assertThat(gallery.results(query("terrasse"), 0, 50).results()).as("words in its own description")
                .extracting(ResultCard::generationId).containsExactly(travelling);
        assertThat(gallery.results(query("azur"), 0, 50).results()).as("words of its project")
                .extracting(ResultCard::generationId).containsExactlyInAnyOrder(pool, zoom);

        var first = statements.during(() -> gallery.results(GalleryQuery.everything(), 0, 2));
        assertThat(first.value().results()).hasSize(2);
        assertThat(first.value().more()).isTrue();
        assertThat(first.statements()).isEqualTo(1);
        assertThat(gallery.results(GalleryQuery.everything(), 2, 2).results()).hasSize(1);
        assertThat(gallery.results(GalleryQuery.everything(), 2, 2).more()).isFalse();
    }

    private static GalleryQuery query(String text) {
        return new GalleryQuery(text, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, GallerySort.NAME);
    }

    private static GalleryQuery filter(Set<GenerationKind> kinds, Set<GenerationState> states, Set<String> providers,
                                       Set<UUID> members) {
        return new GalleryQuery("", kinds, states, providers, members, Set.of(), null, null, GallerySort.NAME);
    }
}
