package app.atelier.shared;

import app.atelier.TestAccounts;
import app.atelier.TestCredits;
import app.atelier.TestGenerations;
import app.atelier.TestProjects;
import app.atelier.WithMember;
import app.atelier.account.AccountService;
import app.atelier.account.Role;
import app.atelier.generation.GenerationProbe;
import app.atelier.generation.GenerationRequest;
import app.atelier.generation.GenerationRequests;
import app.atelier.generation.ReviewOutcome;
import app.atelier.generation.Reviews;
import app.atelier.generation.SubmitResult;
import app.atelier.generation.Verdict;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.ScriptedProvider;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application keeps saving after its pool has retired every connection it had, as Hikari does
 * after {@code max-lifetime} (30 minutes by default) on a server that runs for days. H2 2.4.240
 * broke here: a CHECK constraint kept the session that created it (Flyway's pooled connection),
 * and once that connection was retired every write to its table failed ("Check constraint
 * invalid … The database has been closed"). Every table with a CHECK constraint is written to,
 * some through what a member does (language, verdict, a generation), the rest directly. Run on H2
 * and on PostgreSQL.
 */
@WithMember(role = Role.ADMIN)
abstract class RetiredConnectionsContract {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    GenerationRequests requests;

    @Autowired
    Reviews reviews;

    @Autowired
    ScriptedProvider vendor;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    TestProjects testProjects;

    @Autowired
    TestGenerations testGenerations;

    @Autowired
    TestCredits testCredits;

    @AfterEach
    void endWhatWasStarted() {
        new GenerationProbe(jdbc).endAll();
        vendor.reset();
    }

    @Test
    void everyTableWithACheckConstraintTakesWritesAfterThePoolRetiredItsConnections() throws SQLException {
        var pool = dataSource.unwrap(HikariDataSource.class);
        // On a live server the pool retires its connections one by one, so the database never closes
        // meanwhile; a connection outside the pool keeps an embedded database open as they would.
        try (var outsideThePool = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())) {
            var before = sessions(outsideThePool);
            pool.getHikariPoolMXBean().softEvictConnections();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> intersection(before, sessions(outsideThePool)).isEmpty());

            var writes = writesToEveryCheckedTable();

            assertThat(writes.keySet()).as("a write for every table with a CHECK constraint")
                    .containsExactlyInAnyOrderElementsOf(tablesWithCheckConstraints(outsideThePool));
            writes.forEach((table, write) -> write.run());
        }
    }

    /** What a member does, then a row for each remaining table, each meeting its constraints. */
    private Map<String, Runnable> writesToEveryCheckedTable() {
        var team = TestAccounts.TEAM_ID;
        var me = testAccounts.currentMemberId();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var writes = new LinkedHashMap<String, Runnable>();
        var project = testProjects.project(team, "Bastide des Pins", 1);  // media_asset, through the media library
        var photo = testProjects.photosOf(project).getFirst();
        writes.put("media_asset", () -> testProjects.addPhoto(team, project, "terrasse.jpg",
                app.atelier.media.TestPhotos.jpeg(1400, 900)));
        writes.put("member", () -> {
            assertThat(accounts.changeLanguage(Language.ENGLISH).language()).isEqualTo(Language.ENGLISH);
            jdbc.sql("UPDATE member SET role = 'MEMBER' WHERE id = ?").param(testAccounts.memberOf(team, Role.VIEWER).memberId()).update();
        });
        writes.put("generation", () -> {
            testCredits.grant(team, me, CreditCurrency.VIDEO, 1);
            var submitted = requests.submit(new GenerationRequest(project, List.of(photo), ScriptedProvider.ID,
                    GenerationKind.AI_VIDEO, Map.of("prompt", "Vue sur la mer")));
            assertThat(submitted).isInstanceOf(SubmitResult.Accepted.class);
        });
        writes.put("credit_entry", () -> testCredits.spent(team, me,
                testGenerations.cameraMotion(team, project, photo, me, "ZOOM_IN", "SUCCEEDED", 100, null).value(),
                CreditCurrency.VIDEO, 0, now));
        var finished = testGenerations.cameraMotion(team, project, photo, me, "PAN_LEFT", "SUCCEEDED", 100, null);
        writes.put("generation_review", () -> assertThat(reviews.judge(finished, Verdict.APPROVED, null))
                .isEqualTo(ReviewOutcome.DONE));
        writes.put("generation_comment", () -> assertThat(reviews.comment(finished, "Parfait pour l'annonce"))
                .isEqualTo(ReviewOutcome.DONE));
        writes.put("installation", () -> jdbc.sql("UPDATE installation SET id = 1, completed_at = ? WHERE id = 1").param(now).update());
        writes.put("member_link", () -> jdbc.sql("""
                        INSERT INTO member_link (id, team_id, purpose, token_hash, email, role, expires_at, created_at)
                        VALUES (?, ?, 'INVITE', ?, 'nouvelle@agence.fr', 'VIEWER', ?, ?)""")
                .params(UUID.randomUUID(), team, UUID.randomUUID().toString().replace("-", ""), now.plusDays(1), now).update());
        writes.put("credit_allowance", () -> {
            // taken away again: an allowance left behind would be renewed by later tests' monthly run
            jdbc.sql("INSERT INTO credit_allowance (member_id, currency, team_id, monthly, updated_at) VALUES (?, 'PHOTO', ?, 5, ?)")
                    .params(me, team, now).update();
            jdbc.sql("DELETE FROM credit_allowance WHERE member_id = ?").param(me).update();
        });
        writes.put("credit_alert", () -> {
            var other = testAccounts.otherTeam();
            jdbc.sql("INSERT INTO credit_alert (team_id, member_video, member_photo, vendor, updated_at) VALUES (?, 2, 2, 10, ?)")
                    .params(other, now).update();
            jdbc.sql("DELETE FROM credit_alert WHERE team_id = ?").param(other).update();
        });
        writes.put("vendor_key", () -> {
            // a key nobody uses: written and taken away again, so no vendor leaves the sandbox for later tests
            var vendorWithoutKey = jdbc.sql("""
                            SELECT v FROM (VALUES ('iacrea'), ('evolink'), ('acedata')) AS vendors (v)
                            WHERE v NOT IN (SELECT vendor FROM vendor_key) ORDER BY v""")
                    .query(String.class).list().stream().findFirst().orElseThrow();
            jdbc.sql("INSERT INTO vendor_key (vendor, team_id, secret, hint, updated_at) VALUES (?, ?, 'c2VjcmV0', 'cret', ?)")
                    .params(vendorWithoutKey, team, now).update();
            jdbc.sql("DELETE FROM vendor_key WHERE vendor = ?").param(vendorWithoutKey).update();
        });
        writes.put("sandbox_task", () -> {
            // taken away again, before the sandbox's clock would work on it
            var task = "retired-" + UUID.randomUUID();
            jdbc.sql("INSERT INTO sandbox_task (id, api, request, created_at, due_at, status) VALUES (?, 'luma', '{}', ?, ?, 'RUNNING')")
                    .params(task, now, now.plusSeconds(600)).update();
            jdbc.sql("DELETE FROM sandbox_task WHERE id = ?").param(task).update();
        });
        writes.put("api_webhook", () -> {
            var key = UUID.randomUUID();
            jdbc.sql("""
                            INSERT INTO api_key (id, team_id, member_id, name, prefix, key_hash, created_at)
                            VALUES (?, ?, ?, 'soak', 'atl_retired', ?, ?)""")
                    .params(key, team, me, UUID.randomUUID().toString().replace("-", ""), now).update();
            var generation = UUID.randomUUID();
            jdbc.sql("""
                            INSERT INTO api_webhook (generation_id, team_id, member_id, key_id, api, url, state, created_at)
                            VALUES (?, ?, ?, ?, 'V1', 'https://hooks.exemple.fr/atelier', 'WAITING', ?)""")
                    .params(generation, team, me, key, now).update();
            jdbc.sql("DELETE FROM api_webhook WHERE generation_id = ?").param(generation).update();
        });
        return writes;
    }

    /** The sessions the database has open, but for the one asking. */
    private static Set<String> sessions(Connection connection) throws SQLException {
        var sql = isPostgres(connection)
                ? "SELECT CAST(pid AS VARCHAR) FROM pg_stat_activity WHERE application_name = current_setting('application_name') AND pid <> pg_backend_pid()"
                : "SELECT CAST(session_id AS VARCHAR) FROM information_schema.sessions WHERE session_id <> SESSION_ID()";
        var found = new HashSet<String>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        return found;
    }

    private static Set<String> tablesWithCheckConstraints(Connection connection) throws SQLException {
        var sql = """
                SELECT DISTINCT LOWER(table_name) FROM information_schema.table_constraints
                WHERE constraint_type = 'CHECK' AND table_schema = CURRENT_SCHEMA AND constraint_name NOT LIKE '%not_null'""";
        var found = new HashSet<String>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                found.add(rows.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return found;
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        var both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }
}
