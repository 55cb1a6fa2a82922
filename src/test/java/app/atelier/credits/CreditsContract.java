package app.atelier.credits;

import app.atelier.TestAccounts;
import app.atelier.TestCredits;
import app.atelier.TestProjects;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.generation.GenerationProbe;
import app.atelier.generation.GenerationRequest;
import app.atelier.generation.GenerationRequests;
import app.atelier.generation.SubmitResult;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.ScriptedProvider;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.GenerationId;
import app.atelier.shared.MemberId;
import app.atelier.shared.ProjectId;
import app.atelier.shared.TeamId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ledger under pressure: concurrent submits never overdraw, a generation ends its reservation
 * exactly once, and the database itself refuses a second ending. Run on H2 and on PostgreSQL.
 */
@WithMember(role = Role.MEMBER)
abstract class CreditsContract {

    @Autowired
    GenerationRequests requests;

    @Autowired
    Credits credits;

    @Autowired
    ScriptedProvider vendor;

    @Autowired
    TestProjects testProjects;

    @Autowired
    TestCredits testCredits;

    @Autowired
    CurrentMember currentMember;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    UUID me;
    ProjectId project;
    UUID photo;

    @BeforeEach
    void memberWithTenCredits() {
        vendor.reset();
        new GenerationProbe(jdbc).endAll();
        me = currentMember.require().actorId();
        testCredits.grant(TestAccounts.TEAM_ID, me, CreditCurrency.VIDEO, 10);
        project = testProjects.project(TestAccounts.TEAM_ID, "Mas des Lavandes", 1);
        photo = testProjects.photosOf(project).getFirst();
    }

    @AfterEach
    void resetVendor() {
        new GenerationProbe(jdbc).endAll();
        vendor.reset();
    }

    @Test
    void fiftyConcurrentSubmitsAgainstTenCreditsAcceptExactlyTen() throws Exception {
        var start = new CountDownLatch(1);
        var context = SecurityContextHolder.getContext();
        var submits = new ArrayList<Callable<SubmitResult>>();
        for (int i = 0; i < 50; i++) {
            submits.add(new DelegatingSecurityContextCallable<>(() -> {
                start.await();
                return requests.submit(new GenerationRequest(project, List.of(photo), ScriptedProvider.ID,
                        GenerationKind.AI_VIDEO, Map.of("prompt", "Vue aérienne")));
            }, context));
        }
        List<SubmitResult> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(50)) {
            var futures = submits.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<SubmitResult> future : futures) {
                results.add(future.get());
            }
        }

        assertThat(results).filteredOn(SubmitResult.Accepted.class::isInstance).hasSize(10);
        assertThat(results).filteredOn(SubmitResult.NotEnoughCredits.class::isInstance).hasSize(40)
                .allSatisfy(refused -> assertThat(((SubmitResult.NotEnoughCredits) refused).available()).isZero());
        assertThat(credits.mine().video()).isEqualTo(new Balance(0, 10, 0));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM generation WHERE member_id = ?").param(me).query(Long.class).single())
                .as("a refused submit stores nothing").isEqualTo(10);
    }

    @Test
    void aReservationEndsOnceWhateverAsksTwice() {
        var generation = queuedFor(3);

        transaction.executeWithoutResult(status -> credits.settle(generation));
        transaction.executeWithoutResult(status -> credits.settle(generation));
        transaction.executeWithoutResult(status -> credits.release(generation));

        assertThat(jdbc.sql("SELECT kind FROM credit_entry WHERE generation_id = ? ORDER BY kind DESC").param(generation.value())
                .query(String.class).list()).containsExactly("SETTLE", "RESERVE");
        assertThat(credits.mine().video()).isEqualTo(new Balance(7, 0, 3));
    }

    @Test
    void theDatabaseRefusesASecondEndingEvenWhenTheCheckIsSkipped() {
        var generation = queuedFor(2);
        transaction.executeWithoutResult(status -> credits.release(generation));

        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO credit_entry (id, team_id, member_id, currency, kind, amount, generation_id, closes, created_at)
                        VALUES (?, ?, ?, 'VIDEO', 'SETTLE', 2, ?, ?, ?)""")
                .params(UUID.randomUUID(), TestAccounts.TEAM_ID, me, generation.value(), generation.value(), OffsetDateTime.now(ZoneOffset.UTC))
                .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(credits.mine().video()).isEqualTo(new Balance(10, 0, 0));
    }

    @Test
    void aBalanceCannotBeOverdrawnEvenByOne() {
        var result = transaction.execute(status -> credits.reserve(TeamId.of(TestAccounts.TEAM_ID), MemberId.of(me), CreditCurrency.VIDEO,
                List.of(new Charge(GenerationId.of(UUID.randomUUID()), 11))));

        assertThat(result).isEqualTo(new Reservation.NotEnough(CreditCurrency.VIDEO, 11, 10));
        assertThat(credits.mine().video()).isEqualTo(new Balance(10, 0, 0));
    }

    @Test
    void photoCreditsAreCountedApartFromVideoCredits() {
        var result = transaction.execute(status -> credits.reserve(TeamId.of(TestAccounts.TEAM_ID), MemberId.of(me), CreditCurrency.PHOTO,
                List.of(new Charge(GenerationId.of(UUID.randomUUID()), 1))));

        assertThat(result).isEqualTo(new Reservation.NotEnough(CreditCurrency.PHOTO, 1, 0));
    }

    /** A generation of the scripted vendor, submitted for real, costing {@code cost}. */
    private GenerationId queuedFor(int cost) {
        vendor.costs(cost);
        var result = (SubmitResult.Accepted) requests.submit(new GenerationRequest(project, List.of(photo),
                ScriptedProvider.ID, GenerationKind.AI_VIDEO, Map.of("prompt", "Vue aérienne")));
        return result.generationIds().getFirst();
    }
}
