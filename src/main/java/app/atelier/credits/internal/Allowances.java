package app.atelier.credits.internal;

import app.atelier.credits.Allowance;
import app.atelier.credits.CreditAlerts;
import app.atelier.shared.CreditCurrency;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Monthly allowances and low-balance thresholds, as stored. Every method runs in the caller's transaction. */
@Component
public class Allowances {

    /** An allowance due for a month, with the team it belongs to. */
    public record Due(UUID teamId, UUID memberId, CreditCurrency currency, int monthly) {
    }

    private final JdbcClient jdbc;

    Allowances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Allowance> ofTeam(UUID teamId) {
        return jdbc.sql("SELECT member_id, currency, monthly, renewed_for FROM credit_allowance WHERE team_id = ?")
                .param(teamId)
                .query((rs, row) -> new Allowance(rs.getObject("member_id", UUID.class),
                        CreditCurrency.valueOf(rs.getString("currency")), rs.getInt("monthly"), rs.getString("renewed_for")))
                .list();
    }

    public void set(UUID teamId, UUID memberId, CreditCurrency currency, int monthly, Instant now, UUID by) {
        int updated = jdbc.sql("""
                        UPDATE credit_allowance SET monthly = ?, renewed_for = NULL, updated_at = ?, updated_by = ?
                        WHERE member_id = ? AND currency = ?""")
                .params(monthly, utc(now), by, memberId, currency.name())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO credit_allowance (member_id, currency, team_id, monthly, renewed_for, updated_at, updated_by)
                            VALUES (?, ?, ?, ?, NULL, ?, ?)""")
                    .params(memberId, currency.name(), teamId, monthly, utc(now), by)
                    .update();
        }
    }

    public boolean remove(UUID teamId, UUID memberId, CreditCurrency currency) {
        return jdbc.sql("DELETE FROM credit_allowance WHERE team_id = ? AND member_id = ? AND currency = ?")
                .params(teamId, memberId, currency.name())
                .update() == 1;
    }

    /** The allowances of active members not yet applied for {@code month}. */
    public List<Due> due(String month) {
        return jdbc.sql("""
                        SELECT a.team_id, a.member_id, a.currency, a.monthly FROM credit_allowance a
                        JOIN member m ON m.id = a.member_id
                        WHERE m.enabled = TRUE AND (a.renewed_for IS NULL OR a.renewed_for <> ?)""")
                .param(month)
                .query((rs, row) -> new Due(rs.getObject("team_id", UUID.class), rs.getObject("member_id", UUID.class),
                        CreditCurrency.valueOf(rs.getString("currency")), rs.getInt("monthly")))
                .list();
    }

    /** Marks an allowance applied for {@code month}: false when another node did it first. */
    public boolean claim(UUID memberId, CreditCurrency currency, String month) {
        return jdbc.sql("""
                        UPDATE credit_allowance SET renewed_for = ?
                        WHERE member_id = ? AND currency = ? AND (renewed_for IS NULL OR renewed_for <> ?)""")
                .params(month, memberId, currency.name(), month)
                .update() == 1;
    }

    public Optional<CreditAlerts> alerts(UUID teamId) {
        return jdbc.sql("SELECT member_video, member_photo, vendor FROM credit_alert WHERE team_id = ?")
                .param(teamId)
                .query((rs, row) -> new CreditAlerts(rs.getInt("member_video"), rs.getInt("member_photo"), rs.getInt("vendor")))
                .optional();
    }

    public void saveAlerts(UUID teamId, CreditAlerts alerts, Instant now, @Nullable UUID by) {
        int updated = jdbc.sql("""
                        UPDATE credit_alert SET member_video = ?, member_photo = ?, vendor = ?, updated_at = ?, updated_by = ?
                        WHERE team_id = ?""")
                .params(alerts.memberVideo(), alerts.memberPhoto(), alerts.vendor(), utc(now), by, teamId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO credit_alert (team_id, member_video, member_photo, vendor, updated_at, updated_by)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(teamId, alerts.memberVideo(), alerts.memberPhoto(), alerts.vendor(), utc(now), by)
                    .update();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
