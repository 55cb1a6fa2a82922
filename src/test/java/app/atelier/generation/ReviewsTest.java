package app.atelier.generation;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.TestGenerations;
import app.atelier.TestProjects;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.LiveUpdates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Verdicts and comments: a viewer reviews, the last verdict counts, the thread keeps everything, other teams see nothing. */
@IntegrationTest
@WithMember(role = Role.VIEWER)
class ReviewsTest {

    @Autowired
    Reviews reviews;

    @Autowired
    Generations generations;

    @Autowired
    TestProjects projects;

    @Autowired
    TestGenerations made;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CurrentMember currentMember;

    @Autowired
    LiveUpdates updates;

    @Test
    void aVerdictWithItsCommentIsKeptAndTheLastOneCounts() {
        var me = currentMember.require().actorId();
        var project = projects.project(TestAccounts.TEAM_ID, "Villa Azur", 1);
        var pool = made.succeeded(TestAccounts.TEAM_ID, project, projects.photosOf(project).getFirst(), me, "iacrea-exterior",
                "EXTERIOR", "{\"exterior\":\"POOL\"}", "{}", 1200, 800);
        var heard = new CopyOnWriteArrayList<ReviewChanged>();
        var subscription = updates.subscribe(ReviewChanged.class, changed -> changed.generationId().equals(pool), heard::add);
        try {
            assertThat(reviews.judge(pool, Verdict.REJECTED, "  Le bleu est trop vif  ")).isEqualTo(ReviewOutcome.DONE);
            assertThat(reviews.comment(pool, "On peut essayer une piscine plus petite ?")).isEqualTo(ReviewOutcome.DONE);
            assertThat(reviews.judge(pool, Verdict.APPROVED, "")).isEqualTo(ReviewOutcome.DONE);

            var summary = generations.find(pool).orElseThrow();
            assertThat(summary.review()).isNotNull();
            assertThat(summary.review().verdict()).isEqualTo(Verdict.APPROVED);
            assertThat(summary.review().memberName()).isNotBlank();
            assertThat(summary.comments()).as("lines with words").isEqualTo(2);
            var thread = reviews.thread(pool);
            assertThat(thread).extracting(ReviewComment::verdict).containsExactly(Verdict.REJECTED, null, Verdict.APPROVED);
            assertThat(thread).extracting(ReviewComment::body)
                    .containsExactly("Le bleu est trop vif", "On peut essayer une piscine plus petite ?", null);
            await().untilAsserted(() -> assertThat(heard).hasSize(3));

            assertThat(reviews.judge(pool, null, null)).as("taken back").isEqualTo(ReviewOutcome.DONE);
            assertThat(generations.find(pool).orElseThrow().review()).isNull();
            assertThat(reviews.thread(pool)).hasSize(3);
        } finally {
            subscription.cancel();
        }
    }

    @Test
    void emptyTooLongUnfinishedAndForeignAreRefusedWithNothingWritten() {
        var me = currentMember.require().actorId();
        var project = projects.project(TestAccounts.TEAM_ID, "Mas des Cigales", 1);
        var photo = projects.photosOf(project).getFirst();
        var running = made.cameraMotion(TestAccounts.TEAM_ID, project, photo, me, "ZOOM_IN", "RUNNING", 40, null);
        var done = made.succeeded(TestAccounts.TEAM_ID, project, photo, me, "iacrea-exterior", "EXTERIOR",
                "{\"exterior\":\"POOL\"}", "{}", 1200, 800);
        var other = accounts.otherTeam();
        var theirs = projects.project(other, "Leur villa", 1);
        var theirResult = made.succeeded(other, theirs, projects.photosOf(theirs).getFirst(),
                accounts.memberOf(other, Role.MEMBER).memberId(), "iacrea-exterior", "EXTERIOR", "{\"exterior\":\"POOL\"}",
                "{}", 1200, 800);

        assertThat(reviews.judge(running, Verdict.APPROVED, null)).isEqualTo(ReviewOutcome.NOT_FINISHED);
        assertThat(reviews.comment(done, "   ")).isEqualTo(ReviewOutcome.EMPTY);
        assertThat(reviews.comment(done, "x".repeat(Reviews.MAX_COMMENT + 1))).isEqualTo(ReviewOutcome.TOO_LONG);
        assertThat(reviews.judge(done, Verdict.APPROVED, "x".repeat(Reviews.MAX_COMMENT + 1))).isEqualTo(ReviewOutcome.TOO_LONG);
        assertThat(generations.find(done).orElseThrow().review()).as("a refused verdict changes nothing").isNull();
        assertThat(reviews.comment(running, "Toujours en cours ?")).as("a comment on any generation").isEqualTo(ReviewOutcome.DONE);
        assertThat(reviews.thread(done)).isEmpty();

        assertThat(reviews.judge(theirResult, Verdict.REJECTED, "Pas terrible")).isEqualTo(ReviewOutcome.NOT_FOUND);
        assertThat(reviews.comment(theirResult, "Bonjour")).isEqualTo(ReviewOutcome.NOT_FOUND);
        assertThat(reviews.thread(theirResult)).isEqualTo(List.of());
    }
}
