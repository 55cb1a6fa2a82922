package app.atelier;

import app.atelier.shared.CreditCurrency;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Credits for test members, granted straight into the ledger (as an admin's grant would be). */
public class TestCredits {

    private final JdbcClient jdbc;

    public TestCredits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void grant(UUID teamId, UUID memberId, CreditCurrency currency, int amount) {
        jdbc.sql("INSERT INTO credit_account (member_id, currency, team_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(memberId, currency.name(), teamId).update();
        jdbc.sql("""
                        INSERT INTO credit_entry (id, team_id, member_id, currency, kind, amount, created_at)
                        VALUES (?, ?, ?, ?, 'GRANT', ?, ?)""")
                .params(UUID.randomUUID(), teamId, memberId, currency.name(), amount, OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    /** A generation's credits reserved then spent (as a success settles them), at {@code at}. */
    public void spent(UUID teamId, UUID memberId, UUID generationId, CreditCurrency currency, int amount, OffsetDateTime at) {
        jdbc.sql("INSERT INTO credit_account (member_id, currency, team_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(memberId, currency.name(), teamId).update();
        for (var kind : new String[] {"RESERVE", "SETTLE"}) {
            jdbc.sql("""
                            INSERT INTO credit_entry (id, team_id, member_id, currency, kind, amount, generation_id, reserves, closes, created_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), teamId, memberId, currency.name(), kind, amount, generationId,
                            kind.equals("RESERVE") ? generationId : null, kind.equals("SETTLE") ? generationId : null, at)
                    .update();
        }
    }

    /** Available credits: grants and releases less reservations. */
    public int available(UUID memberId, CreditCurrency currency) {
        return jdbc.sql("""
                        SELECT COALESCE(SUM(CASE kind WHEN 'GRANT' THEN amount WHEN 'RELEASE' THEN amount
                                                      WHEN 'RESERVE' THEN -amount WHEN 'REMOVE' THEN -amount ELSE 0 END), 0)
                        FROM credit_entry WHERE member_id = ? AND currency = ?""")
                .params(memberId, currency.name()).query(Integer.class).single();
    }
}
