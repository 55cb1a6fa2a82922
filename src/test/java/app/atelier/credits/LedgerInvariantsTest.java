package app.atelier.credits;

import app.atelier.ModuleTest;
import app.atelier.TestAccounts;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.GenerationId;
import app.atelier.shared.MemberId;
import app.atelier.shared.TeamId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger's invariants after random sequences of what happens to credits: an admin gives and takes
 * back, a member submits (one or several generations at once), generations succeed, fail or are
 * cancelled, and an ending arrives twice. After every step: the balances are the sums of the entries,
 * nothing is ever negative, and a generation is settled or released at most once and never both.
 * Each sequence comes from a fixed seed, so a failure names the seed that reproduces it.
 */
@ModuleTest
@WithMember(role = Role.ADMIN, freshTeam = true)
class LedgerInvariantsTest {

    @Autowired
    Credits credits;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 2026, 31337, 99991, 123456789, 987654321})
    void balancesAreSumsNeverNegativeAndEachGenerationEndsOnce(long seed) {
        var random = new Random(seed);
        var teamId = accounts.currentTeamId();
        var member = accounts.memberOf(teamId, Role.MEMBER).memberId();
        var open = new ArrayList<UUID>();
        var ended = new ArrayList<UUID>();
        for (int step = 0; step < 60; step++) {
            var currency = random.nextBoolean() ? CreditCurrency.VIDEO : CreditCurrency.PHOTO;
            switch (random.nextInt(6)) {
                case 0 -> credits.adjust(member, currency, 1 + random.nextInt(6), "seed " + seed);
                case 1 -> credits.adjust(member, currency, -(1 + random.nextInt(6)), "seed " + seed);
                case 2, 3 -> {
                    var charges = new ArrayList<Charge>();
                    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                        charges.add(new Charge(GenerationId.of(UUID.randomUUID()), random.nextInt(3)));
                    }
                    var reserved = transaction.execute(status -> credits.reserve(TeamId.of(teamId), MemberId.of(member), currency, charges));
                    if (reserved instanceof Reservation.Reserved) {
                        charges.forEach(charge -> open.add(charge.generation().value()));
                    }
                }
                default -> {
                    if (!open.isEmpty()) {
                        var generation = open.remove(random.nextInt(open.size()));
                        boolean success = random.nextBoolean();
                        transaction.executeWithoutResult(status -> {
                            if (success) {
                                credits.settle(GenerationId.of(generation));
                            } else {
                                credits.release(GenerationId.of(generation));
                            }
                        });
                        ended.add(generation);
                    } else if (!ended.isEmpty()) {
                        // an ending that arrives again (a late webhook, a second node) changes nothing
                        var again = ended.get(random.nextInt(ended.size()));
                        transaction.executeWithoutResult(status -> credits.release(GenerationId.of(again)));
                    }
                }
            }
            assertInvariants(member, seed, step);
        }
    }

    private void assertInvariants(UUID member, long seed, int step) {
        var balances = transaction.execute(status -> credits.team()).get(member);
        for (var currency : CreditCurrency.values()) {
            var entries = entries(member, currency);
            int available = 0;
            int reserved = 0;
            int spent = 0;
            for (var entry : entries) {
                switch (entry.kind()) {
                    case "GRANT" -> available += entry.amount();
                    case "REMOVE" -> available -= entry.amount();
                    case "RESERVE" -> {
                        available -= entry.amount();
                        reserved += entry.amount();
                    }
                    case "SETTLE" -> {
                        reserved -= entry.amount();
                        spent += entry.amount();
                    }
                    case "RELEASE" -> {
                        reserved -= entry.amount();
                        available += entry.amount();
                    }
                    default -> throw new AssertionError("unknown kind " + entry.kind());
                }
            }
            var balance = balances == null ? Balance.EMPTY : balances.of(currency);
            assertThat(balance).as("seed %d, step %d, %s", seed, step, currency).isEqualTo(new Balance(available, reserved, spent));
            assertThat(available).as("available, seed %d step %d", seed, step).isGreaterThanOrEqualTo(0);
            assertThat(reserved).as("reserved, seed %d step %d", seed, step).isGreaterThanOrEqualTo(0);
        }
        var endings = jdbc.sql("""
                        SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM credit_entry
                        WHERE member_id = ? AND kind IN ('SETTLE', 'RELEASE') GROUP BY generation_id) counted""")
                .param(member).query(Integer.class).optional().orElse(0);
        assertThat(endings == null ? 0 : endings).as("endings per generation, seed %d step %d", seed, step).isLessThanOrEqualTo(1);
    }

    private record Entry(String kind, int amount) {
    }

    private List<Entry> entries(UUID member, CreditCurrency currency) {
        return jdbc.sql("SELECT kind, amount FROM credit_entry WHERE member_id = ? AND currency = ?")
                .params(member, currency.name())
                .query((rs, row) -> new Entry(rs.getString("kind"), rs.getInt("amount")))
                .list();
    }
}
