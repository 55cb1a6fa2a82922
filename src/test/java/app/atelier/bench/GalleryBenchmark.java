package app.atelier.bench;

import app.atelier.StatementCounter;
import app.atelier.TestAccounts;
import app.atelier.generation.GenerationState;
import app.atelier.generation.internal.GenerationText;
import app.atelier.media.TestPhotos;
import app.atelier.project.internal.ProjectText;
import app.atelier.provider.GenerationKind;
import app.atelier.studio.Gallery;
import app.atelier.studio.GalleryPage;
import app.atelier.studio.GalleryQuery;
import app.atelier.studio.GallerySort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The gallery with 10,000 projects and 50,000 results in one team ({@code mvn -Pbench -DskipTests test
 * -Dbench.main=app.atelier.journey.GalleryBenchmark}): server time and SQL statements for the first page
 * (24 cards, most recent activity first) and for a search with filters (two words, a kind, a state, by
 * name). The anchor, in the same run, is reading one project by its key. Target: ≤ 150 ms and ≤ 3
 * statements a page. H2 (the default database) unless {@code --spring.datasource.url} says otherwise.
 */
public final class GalleryBenchmark {

    private static final int PROJECTS = 10_000;
    private static final int RESULTS_PER_PROJECT = 5;
    private static final int RUNS = 30;

    private GalleryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var settings = new ArrayList<>(List.of("--server.port=0"));
        settings.addAll(List.of(args));
        var app = BenchApp.start("gallery", 0, List.of(StatementCounter.class), settings.toArray(String[]::new));
        try {
            var member = app.member();
            var seedProject = app.project(0);
            var photo = app.addPhoto(seedProject, "facade.jpg", TestPhotos.jpeg(1200, 800));
            seed(app, member.memberId(), photo.id(), photo.original());
            // what start-up does for rows without their folded search text
            app.bean(GenerationText.class).backfill();
            app.bean(ProjectText.class).backfill();
            var security = app.bean(SecurityContextHolderStrategy.class);
            var context = security.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities()));
            security.setContext(context);
            var gallery = app.bean(Gallery.class);
            var counter = app.bean(StatementCounter.class);
            var jdbc = app.jdbc();
            var some = jdbc.sql("SELECT id FROM project WHERE team_id = ? ORDER BY name LIMIT 1").param(TestAccounts.TEAM_ID)
                    .query(UUID.class).single();
            var search = new GalleryQuery("rue 42", Set.of(GenerationKind.CAMERA_MOTION), Set.of(GenerationState.SUCCEEDED),
                    Set.of(), Set.of(), Set.of(), null, null, GallerySort.NAME);

            var anchor = measure(counter, () -> jdbc.sql("SELECT name FROM project WHERE id = ?").param(some)
                    .query(String.class).single());
            var first = measure(counter, () -> gallery.projects(GalleryQuery.everything(), 0, 24));
            var searched = measure(counter, () -> gallery.projects(search, 0, 24));
            var results = measure(counter, () -> gallery.results(GalleryQuery.everything(), 0, 24));
            var resultsSearched = measure(counter, () -> gallery.results(search, 0, 24));
            var deep = measure(counter, () -> gallery.projects(GalleryQuery.everything().sortedBy(GallerySort.NAME), 9_000, 24));

            System.out.println();
            System.out.printf(Locale.ROOT, "Gallery: %,d projects, %,d results (median of %d runs)%n", PROJECTS,
                    PROJECTS * RESULTS_PER_PROJECT, RUNS);
            System.out.printf(Locale.ROOT, "%-48s %10s %11s %8s%n", "", "ms", "statements", "x anchor");
            print("anchor: one project by its key", anchor, anchor);
            print("first page (24 cards, recent activity)", first, anchor);
            print("search: 2 words, kind, state, by name", searched, anchor);
            print("page 376 by name (offset 9,000)", deep, anchor);
            print("results: first page (24, most recent)", results, anchor);
            print("results: the same search", resultsSearched, anchor);
            System.out.printf(Locale.ROOT, "cards: first page %d (more: %s), search %d%n",
                    ((GalleryPage) first.value()).projects().size(), ((GalleryPage) first.value()).more(),
                    ((GalleryPage) searched.value()).projects().size());
        } finally {
            app.close();
        }
    }

    private record Measured(double millis, int statements, Object value) {
    }

    private static Measured measure(StatementCounter counter, Supplier<Object> work) {
        for (int i = 0; i < 5; i++) {
            work.get();
        }
        var times = new ArrayList<Double>();
        StatementCounter.Counted<Object> last = null;
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            last = counter.during(work);
            times.add((System.nanoTime() - started) / 1e6);
        }
        times.sort(Double::compare);
        return new Measured(times.get(times.size() / 2), last.statements(), last.value());
    }

    private static void print(String what, Measured measured, Measured anchor) {
        System.out.printf(Locale.ROOT, "%-48s %10.2f %11d %8.1f%n", what, measured.millis(), measured.statements(),
                measured.millis() / anchor.millis());
    }

    /** Projects, each with the photo, five generations and their results, written in batches. */
    private static void seed(BenchApp app, UUID member, UUID photo, UUID asset) {
        var jdbc = app.bean(JdbcTemplate.class);
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var projects = new ArrayList<Object[]>();
        var links = new ArrayList<Object[]>();
        var generations = new ArrayList<Object[]>();
        var results = new ArrayList<Object[]>();
        String[] kinds = {"CAMERA_MOTION", "CAMERA_MOTION", "AI_VIDEO", "EXTERIOR", "CAMERA_MOTION"};
        String[] states = {"SUCCEEDED", "SUCCEEDED", "SUCCEEDED", "SUCCEEDED", "FAILED"};
        for (int i = 0; i < PROJECTS; i++) {
            var project = UUID.randomUUID();
            var created = now.minusMinutes(i);
            projects.add(new Object[]{project, TestAccounts.TEAM_ID, "Projet " + i, "REF-" + i, i + " rue de la Paix, Lyon",
                    created, created, created});
            links.add(new Object[]{project, photo, created});
            for (int g = 0; g < RESULTS_PER_PROJECT; g++) {
                var generation = UUID.randomUUID();
                generations.add(new Object[]{generation, TestAccounts.TEAM_ID, project, member, photo,
                        kinds[g].equals("EXTERIOR") ? "iacrea-exterior" : kinds[g].equals("AI_VIDEO") ? "luma" : "local",
                        kinds[g], "{\"prompt\":\"Travelling lent numéro " + g + "\"}", states[g], created.plusDays(1),
                        created, created, created});
                results.add(new Object[]{UUID.randomUUID(), generation, kinds[g].equals("EXTERIOR") ? "IMAGE" : "VIDEO", asset,
                        created});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO project (id, team_id, name, listing_reference, address, created_at, updated_at, activity_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)""", projects);
        jdbc.batchUpdate("INSERT INTO project_photo (project_id, photo_id, added_at) VALUES (?, ?, ?)", links);
        jdbc.batchUpdate("""
                INSERT INTO generation (id, team_id, project_id, member_id, photo_id, provider_id, kind, options, state, progress,
                                        cost_currency, cost_amount, submit_attempts, polls, deadline_at, finished_at,
                                        created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 100, 'VIDEO', 0, 1, 0, ?, ?, ?, ?, 0)""", generations);
        jdbc.batchUpdate("""
                INSERT INTO generation_result (id, generation_id, position, type, asset_id, width, height, byte_size, created_at)
                VALUES (?, ?, 0, ?, ?, 1280, 768, 1000, ?)""", results);
    }
}
