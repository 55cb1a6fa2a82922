package app.atelier.api;

import app.atelier.account.ApiKeys;
import app.atelier.api.internal.WebhookSigner;
import app.atelier.shared.CurrentMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The member's webhook deliveries and their attempts, and their keys' signing secrets. */
@Service
public class ApiWebhooks {

    private final JdbcClient jdbc;
    private final CurrentMember currentMember;
    private final ApiKeys keys;
    private final WebhookSigner secrets;

    ApiWebhooks(JdbcClient jdbc, CurrentMember currentMember, ApiKeys keys, WebhookSigner secrets) {
        this.jdbc = jdbc;
        this.currentMember = currentMember;
        this.keys = keys;
        this.secrets = secrets;
    }

    /** The member's latest deliveries, newest first, each with its attempts in order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WebhookDelivery> mine(int limit) {
        var member = currentMember.require();
        var rows = new LinkedHashMap<UUID, WebhookDelivery>();
        jdbc.sql("""
                SELECT generation_id, url, state, attempts, created_at, finished_at FROM api_webhook
                WHERE team_id = ? AND member_id = ? ORDER BY created_at DESC, generation_id LIMIT ?""")
                .params(member.teamId(), member.actorId(), limit)
                .query((rs, row) -> {
                    var finished = rs.getObject("finished_at", OffsetDateTime.class);
                    return new WebhookDelivery(rs.getObject("generation_id", UUID.class), rs.getString("url"),
                            rs.getString("state"), rs.getInt("attempts"),
                            rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                            finished == null ? null : finished.toInstant(), new ArrayList<>());
                })
                .list().forEach(delivery -> rows.put(delivery.generationId(), delivery));
        if (rows.isEmpty()) {
            return List.of();
        }
        jdbc.sql("""
                SELECT generation_id, attempt, attempted_at, status, error, millis FROM api_webhook_attempt
                WHERE generation_id IN (:ids) ORDER BY attempt""")
                .param("ids", rows.keySet())
                .query((rs, row) -> {
                    int status = rs.getInt("status");
                    Integer answered = rs.wasNull() ? null : status;
                    var attempt = new WebhookDelivery.Attempt(rs.getInt("attempt"),
                            rs.getObject("attempted_at", OffsetDateTime.class).toInstant(), answered,
                            rs.getString("error"), rs.getInt("millis"));
                    rows.get(rs.getObject("generation_id", UUID.class)).tries().add(attempt);
                    return attempt;
                }).list();
        return rows.values().stream().map(delivery -> new WebhookDelivery(delivery.generationId(), delivery.url(),
                delivery.state(), delivery.attempts(), delivery.createdAt(), delivery.finishedAt(),
                List.copyOf(delivery.tries()))).toList();
    }

    /** The secret that signs the webhooks of one of the member's own keys. */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> signingSecret(UUID keyId) {
        return keys.isMine(keyId) ? Optional.of(secrets.secretFor(keyId)) : Optional.empty();
    }
}
