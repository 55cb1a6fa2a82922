package app.atelier.credits.internal;

import app.atelier.credits.Balance;
import app.atelier.credits.Balances;
import app.atelier.shared.AfterCommit;
import app.atelier.shared.CreditCurrency;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The ledger's rows. Every method runs in the caller's transaction. The database enforces what must
 * never happen twice: one reservation and one ending (settlement or release) per generation.
 */
@Component
public class Ledger {

    public enum Kind { GRANT, REMOVE, RESERVE, SETTLE, RELEASE }

    /** What was reserved for a generation. */
    public record Reserved(UUID teamId, UUID memberId, CreditCurrency currency, int amount) {
    }

    /** Available (granted, less taken back and held), reserved (held by generations under way) and spent. */
    private static final String SUMS = """
            COALESCE(SUM(CASE kind WHEN 'GRANT' THEN amount WHEN 'REMOVE' THEN -amount
                                   WHEN 'RESERVE' THEN -amount WHEN 'RELEASE' THEN amount ELSE 0 END), 0) AS available,
            COALESCE(SUM(CASE kind WHEN 'RESERVE' THEN amount WHEN 'SETTLE' THEN -amount
                                   WHEN 'RELEASE' THEN -amount ELSE 0 END), 0) AS reserved,
            COALESCE(SUM(CASE kind WHEN 'SETTLE' THEN amount ELSE 0 END), 0) AS spent""";

    private final JdbcClient jdbc;
    private final MeterRegistry meters;

    Ledger(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.meters = meters;
    }

    /** Creates the member's account row for a currency if it is not there yet. */
    public void open(UUID teamId, UUID memberId, CreditCurrency currency) {
        jdbc.sql("INSERT INTO credit_account (member_id, currency, team_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(memberId, currency.name(), teamId)
                .update();
    }

    /**
     * Locks the member's account for a currency until the transaction ends, so that balance checks
     * and reservations of concurrent submits happen one after the other.
     *
     * @return false when the member never had credits of that currency
     */
    public boolean lock(UUID memberId, CreditCurrency currency) {
        return !jdbc.sql("SELECT member_id FROM credit_account WHERE member_id = ? AND currency = ? FOR UPDATE")
                .params(memberId, currency.name())
                .query(UUID.class)
                .list()
                .isEmpty();
    }

    public Balances balances(UUID memberId) {
        var found = new EnumMap<CreditCurrency, Balance>(CreditCurrency.class);
        jdbc.sql("""
                        SELECT currency, %s FROM credit_entry WHERE member_id = ? GROUP BY currency""".formatted(SUMS))
                .param(memberId)
                .query((rs, row) -> found.put(CreditCurrency.valueOf(rs.getString("currency")),
                        new Balance(rs.getInt("available"), rs.getInt("reserved"), rs.getInt("spent"))))
                .list();
        return new Balances(found.getOrDefault(CreditCurrency.VIDEO, Balance.EMPTY),
                found.getOrDefault(CreditCurrency.PHOTO, Balance.EMPTY));
    }

    /** Every member's balances in a team, by member (members who never had credits are left out). */
    public Map<UUID, Balances> teamBalances(UUID teamId) {
        var rows = new HashMap<UUID, EnumMap<CreditCurrency, Balance>>();
        jdbc.sql("""
                        SELECT member_id, currency, %s FROM credit_entry WHERE team_id = ? GROUP BY member_id, currency""".formatted(SUMS))
                .param(teamId)
                .query((rs, row) -> rows.computeIfAbsent(rs.getObject("member_id", UUID.class), id -> new EnumMap<>(CreditCurrency.class))
                        .put(CreditCurrency.valueOf(rs.getString("currency")),
                                new Balance(rs.getInt("available"), rs.getInt("reserved"), rs.getInt("spent"))))
                .list();
        var balances = new HashMap<UUID, Balances>();
        rows.forEach((member, found) -> balances.put(member, new Balances(found.getOrDefault(CreditCurrency.VIDEO, Balance.EMPTY),
                found.getOrDefault(CreditCurrency.PHOTO, Balance.EMPTY))));
        return balances;
    }

    public Optional<Reserved> reservationFor(UUID generationId) {
        return jdbc.sql("SELECT team_id, member_id, currency, amount FROM credit_entry WHERE reserves = ?")
                .param(generationId)
                .query((rs, row) -> new Reserved(rs.getObject("team_id", UUID.class), rs.getObject("member_id", UUID.class),
                        CreditCurrency.valueOf(rs.getString("currency")), rs.getInt("amount")))
                .optional();
    }

    public boolean isClosed(UUID generationId) {
        return jdbc.sql("SELECT COUNT(*) FROM credit_entry WHERE closes = ?").param(generationId).query(Long.class).single() > 0;
    }

    public void write(UUID teamId, UUID memberId, CreditCurrency currency, Kind kind, int amount,
                      @Nullable UUID generationId, @Nullable String note, Instant at, @Nullable UUID by) {
        jdbc.sql("""
                        INSERT INTO credit_entry (id, team_id, member_id, currency, kind, amount, generation_id, reserves,
                                                  closes, note, created_at, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), teamId, memberId, currency.name(), kind.name(), amount, generationId,
                        kind == Kind.RESERVE ? generationId : null,
                        kind == Kind.SETTLE || kind == Kind.RELEASE ? generationId : null,
                        note, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), by)
                .update();
        if (amount > 0) {
            AfterCommit.run(() -> Counter.builder("atelier.credits")
                    .description("Credits written to the ledger: granted, removed, reserved, settled (spent), released (refunded)")
                    .tag("operation", kind.name().toLowerCase(Locale.ROOT)).tag("currency", currency.name())
                    .register(meters).increment(amount));
        }
    }
}
