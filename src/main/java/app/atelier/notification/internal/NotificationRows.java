package app.atelier.notification.internal;

import app.atelier.notification.NotificationPreferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** Members' e-mail choices, and the low-balance alerts already sent. */
@Component
public class NotificationRows {

    private final JdbcClient jdbc;

    NotificationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public NotificationPreferences preferences(UUID memberId) {
        return jdbc.sql("SELECT generation_ended, low_balance, webhook_given_up FROM notification_preference WHERE member_id = ?")
                .param(memberId)
                .query((rs, row) -> new NotificationPreferences(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3)))
                .optional().orElse(NotificationPreferences.DEFAULTS);
    }

    public void save(UUID memberId, NotificationPreferences preferences, Instant at) {
        int updated = jdbc.sql("""
                        UPDATE notification_preference SET generation_ended = ?, low_balance = ?, webhook_given_up = ?, updated_at = ?
                        WHERE member_id = ?""")
                .params(preferences.generationEnded(), preferences.lowBalance(), preferences.webhookGivenUp(),
                        at.atOffset(ZoneOffset.UTC), memberId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO notification_preference (member_id, generation_ended, low_balance, webhook_given_up, updated_at)
                            VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(memberId, preferences.generationEnded(), preferences.lowBalance(), preferences.webhookGivenUp(),
                            at.atOffset(ZoneOffset.UTC))
                    .update();
        }
    }

    /**
     * Notes that an alert about {@code subject} is being sent; false when one was already (by this node
     * or another), so each crossing is told once.
     */
    public boolean firstNotice(String subject, UUID teamId, Instant at) {
        return jdbc.sql("INSERT INTO notification_notice (subject, team_id, sent_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(subject, teamId, at.atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    /** The subject is fine again: its next crossing will be told. */
    public void noticeOver(String subject) {
        jdbc.sql("DELETE FROM notification_notice WHERE subject = ?").param(subject).update();
    }
}
