package app.atelier.sharing;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.TestGenerations;
import app.atelier.TestProjects;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.generation.GenerationSummary;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.GenerationId;
import app.atelier.shared.ProjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** ZIPs of a project's results: only finished ones, only the team's, a chosen few, no name twice. */
@IntegrationTest
@WithMember(role = Role.MEMBER)
class DownloadsTest {

    @Autowired
    Downloads downloads;

    @Autowired
    TestProjects projects;

    @Autowired
    TestGenerations generations;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CurrentMember currentMember;

    @Test
    void aZipHoldsTheFinishedResultsOrTheChosenOnesEachUnderItsOwnName() throws IOException {
        var me = currentMember.require().actorId();
        var project = projects.project(TestAccounts.TEAM_ID, "Villa Azur", 2);
        var photos = projects.photosOf(project);
        var pool = generations.succeeded(TestAccounts.TEAM_ID, project, photos.get(0), me, "iacrea-exterior", "EXTERIOR",
                "{\"exterior\":\"POOL\"}", "{}", 1200, 800);
        var again = generations.succeeded(TestAccounts.TEAM_ID, project, photos.get(1), me, "iacrea-exterior", "EXTERIOR",
                "{\"exterior\":\"POOL\"}", "{}", 1400, 800);
        generations.cameraMotion(TestAccounts.TEAM_ID, project, photos.get(0), me, "ZOOM_IN", "FAILED", 0, "UNKNOWN");

        assertThat(entries(project, List.of())).containsExactly("piscine.jpg", "piscine-2.jpg");
        assertThat(entries(project, List.of(again))).containsExactly("piscine.jpg");
        assertThat(downloads.finished(project, List.of()).stream().map(GenerationSummary::id)).containsExactly(pool, again);
    }

    @Test
    void anotherTeamsProjectGivesAnEmptyZip() throws IOException {
        var other = accounts.otherTeam();
        var theirs = projects.project(other, "Leur villa", 1);
        var colleague = accounts.memberOf(other, Role.MEMBER).memberId();
        generations.succeeded(other, theirs, projects.photosOf(theirs).getFirst(), colleague, "iacrea-exterior", "EXTERIOR",
                "{\"exterior\":\"POOL\"}", "{}", 1200, 800);

        assertThat(entries(theirs, List.of())).isEmpty();
        assertThat(downloads.finished(theirs, List.of())).isEmpty();
    }

    private List<String> entries(ProjectId project, List<GenerationId> chosen) throws IOException {
        var out = new ByteArrayOutputStream();
        downloads.writeZip(project, chosen, (generation, result) -> "piscine", out);
        var names = new ArrayList<String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
