package app.atelier.studio;

import app.atelier.IntegrationTest;
import app.atelier.StatementCounter;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.generation.GenerationState;
import app.atelier.media.TestPhotos;
import app.atelier.provider.GenerationKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@Import(StatementCounter.class)
@WithMember(role = Role.MEMBER, freshTeam = true)
class GalleryTest extends GalleryContract {

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Test
    void tenThousandProjectsStillTakeTwoStatementsAPageAndPageDeepWithoutGaps() {
        var photo = projects.addPhoto(team, projects.project(team, "Modèle", 0), "facade.jpg",
                TestPhotos.jpeg(600, 400)).id();
        var rows = new ArrayList<Object[]>();
        var links = new ArrayList<Object[]>();
        var runs = new ArrayList<Object[]>();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < 10_000; i++) {
            var id = UUID.randomUUID();
            var created = now.minusSeconds(i + 10);
            rows.add(new Object[]{id, team, String.format("Lot %05d", i), "L-" + i, i + " avenue Foch, Lyon", created, created});
            links.add(new Object[]{id, photo, created});
            if (i % 10 == 0) {
                runs.add(new Object[]{UUID.randomUUID(), team, id, me, photo, created.plusDays(1), created, created, created});
            }
        }
        jdbcTemplate.batchUpdate("""
                INSERT INTO project (id, team_id, name, listing_reference, address, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0)""", rows);
        jdbcTemplate.batchUpdate("INSERT INTO project_photo (project_id, photo_id, added_at) VALUES (?, ?, ?)", links);
        jdbcTemplate.batchUpdate("""
                INSERT INTO generation (id, team_id, project_id, member_id, photo_id, provider_id, kind, options, state, progress,
                                        cost_currency, cost_amount, submit_attempts, polls, deadline_at, finished_at,
                                        created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, 'iacrea-exterior', 'EXTERIOR', '{}', 'FAILED', 0, 'PHOTO', 1, 1, 0, ?, ?, ?, ?, 0)""", runs);

        var first = statements.during(() -> gallery.projects(GalleryQuery.everything().sortedBy(GallerySort.NAME), 0, 24));
        var deep = statements.during(() -> gallery.projects(GalleryQuery.everything().sortedBy(GallerySort.NAME), 9_984, 24));
        var filtered = statements.during(() -> gallery.projects(new GalleryQuery("foch 99", Set.of(GenerationKind.EXTERIOR),
                Set.of(GenerationState.FAILED), Set.of(), Set.of(), Set.of(), null, null, GallerySort.NAME), 0, 24));

        assertThat(first.value().projects().getFirst().name()).isEqualTo("Lot 00000");
        assertThat(first.value().more()).isTrue();
        assertThat(deep.value().projects()).extracting(ProjectCard::name).first().isEqualTo("Lot 09984");
        assertThat(deep.value().projects()).as("the last lots, then Modèle").hasSize(17);
        assertThat(deep.value().projects().getLast().name()).isEqualTo("Modèle");
        assertThat(deep.value().more()).isFalse();
        assertThat(filtered.value().projects()).extracting(ProjectCard::name)
                .allSatisfy(name -> assertThat(Integer.parseInt(name.substring(4)) % 10).isZero())
                .contains("Lot 00990", "Lot 09990");
        assertThat(List.of(first.statements(), deep.statements(), filtered.statements())).containsOnly(2);
    }
}
