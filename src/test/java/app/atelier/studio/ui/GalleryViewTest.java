package app.atelier.studio.ui;

import app.atelier.IntegrationTest;
import app.atelier.TestProjects;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.generation.GenerationState;
import app.atelier.generation.Verdict;
import app.atelier.provider.GenerationKind;
import app.atelier.shared.CurrentMember;
import app.atelier.studio.GalleryQuery;
import app.atelier.studio.GallerySort;
import app.atelier.ui.RenderedText;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The gallery's page: what the address asks for is what it shows, page after page, and the other way round. */
@IntegrationTest
@WithMember(role = Role.MEMBER, freshTeam = true)
class GalleryViewTest extends SpringBrowserlessTest {

    @Autowired
    TestProjects projects;

    @Autowired
    CurrentMember currentMember;

    @Autowired
    app.atelier.TestGenerations made;

    @Test
    void anAddressAndItsQueryMakeEachOther() {
        var member = UUID.randomUUID();
        var query = new GalleryQuery("villa mer", Set.of(GenerationKind.EXTERIOR), Set.of(GenerationState.FAILED, GenerationState.RUNNING),
                Set.of("luma"), Set.of(member), Set.of(Verdict.APPROVED), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), GallerySort.NAME);

        var address = GalleryAddress.toAddress(query);

        assertThat(address.getParameters()).containsOnly(Map.entry("q", List.of("villa mer")), Map.entry("sort", List.of("name")),
                Map.entry("kind", List.of("exterior")), Map.entry("state", List.of("failed,running")),
                Map.entry("provider", List.of("luma")), Map.entry("member", List.of(member.toString())), Map.entry("review", List.of("approved")),
                Map.entry("from", List.of("2026-11-01")), Map.entry("to", List.of("2026-11-30")));
        assertThat(GalleryAddress.fromAddress(address)).isEqualTo(query);
        assertThat(GalleryAddress.fromAddress(QueryParameters.simple(Map.of("sort", "nonsense", "kind", "GARDEN,pool",
                "member", "not-an-id", "from", "yesterday")))).as("what cannot be read is left out")
                .isEqualTo(GalleryQuery.everything());
    }

    @Test
    void theAddressFiltersTheCardsAndMoreComeAPageAtATime() {
        var team = currentMember.require().teamId();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < GalleryView.PAGE + 3; i++) {
            projects.project(team, "Appartement " + i, "AP-" + i, "Rue " + i, now.minusMinutes(i), 0);
        }
        projects.project(team, "Villa Les Oliviers", "VLO-1", "Saint-Tropez", now.minusDays(3), 0);

        UI.getCurrent().navigate(GalleryView.class, QueryParameters.of(GalleryAddress.TEXT, "oliviers"));
        var gallery = (GalleryView) getCurrentView();
        assertThat(cards(gallery)).isEqualTo(1);
        assertThat(gallery.search.getValue()).isEqualTo("oliviers");
        assertThat(RenderedText.joined()).contains("Villa Les Oliviers", "1 projet trouvé");

        gallery = navigate("", GalleryView.class);
        assertThat(cards(gallery)).isEqualTo(GalleryView.PAGE);
        assertThat(gallery.more.isVisible()).isTrue();
        test(gallery.more).click();
        assertThat(cards(gallery)).isEqualTo(GalleryView.PAGE + 4);
        assertThat(gallery.more.isVisible()).isFalse();

        gallery.search.setValue("introuvable");
        assertThat(cards(gallery)).isZero();
        assertThat(RenderedText.joined()).contains("Aucun projet ne correspond", "Effacer les filtres");
    }

    @Test
    void theResultsModeIsInTheAddressAndListsTheFinishedVideosAndImages() {
        var team = currentMember.require().teamId();
        var me = currentMember.require().actorId();
        var project = projects.project(team, "Bastide des Pins", 2);
        var photos = projects.photosOf(project);
        made.succeeded(team, project, photos.get(0), me, "iacrea-exterior", "EXTERIOR", "{\"exterior\":\"POOL\"}", "{}", 1200, 800);
        made.cameraMotion(team, project, photos.get(1), me, "ZOOM_IN", "SUCCEEDED", 100, null);
        made.cameraMotion(team, project, photos.get(1), me, "PAN_LEFT", "FAILED", 0, "UNKNOWN");

        UI.getCurrent().navigate(GalleryView.class, new QueryParameters(Map.of(GalleryAddress.VIEW, List.of(GalleryAddress.RESULTS),
                GalleryAddress.TEXT, List.of("bastide"))));
        var gallery = (GalleryView) getCurrentView();

        assertThat(gallery.resultsMode).isTrue();
        assertThat(gallery.resultsTab.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        var links = gallery.grid.getChildren().filter(RouterLink.class::isInstance).toList();
        assertThat(links).hasSize(2);
        assertThat(links).filteredOn(link -> link.getElement().hasAttribute("data-video")).hasSize(1);
        assertThat(RenderedText.joined()).contains("Piscine · Bastide des Pins", "Zoom avant · Bastide des Pins",
                "2 résultats trouvés");

        test(gallery.projectsTab).click();
        assertThat(gallery.resultsMode).isFalse();
        assertThat(cards(gallery)).isEqualTo(1);
    }

    private int cards(GalleryView gallery) {
        return (int) gallery.grid.getChildren().filter(RouterLink.class::isInstance).count();
    }
}
