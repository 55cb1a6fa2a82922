package app.atelier.api;

import app.atelier.account.ApiKeys;
import app.atelier.api.internal.WebhookSigner;
import app.atelier.shared.CurrentMember;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
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
        record Row(UUID generationId, String url, String state, int attempts, OffsetDateTime createdAt,
                   @Nullable OffsetDateTime finishedAt) {
        }
        var rows = jdbc.sql("""
                SELECT generation_id, url, state, attempts, created_at, finished_at FROM api_webhook
                WHERE team_id = ? AND member_id = ? ORDER BY created_at DESC, generation_id LIMIT ?""")
                .params(member.teamId(), member.actorId(), limit)
                .query(Row.class).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        var tries = new HashMap<UUID, List<WebhookDelivery.Attempt>>();
        jdbc.sql("""
                SELECT generation_id, attempt, attempted_at, status, error, millis FROM api_webhook_attempt
                WHERE generation_id IN (:ids) ORDER BY attempt""")
                .param("ids", rows.stream().map(Row::generationId).toList())
                .query(rs -> {
                    int status = rs.getInt("status");
                    Integer answered = rs.wasNull() ? null : status;
                    tries.computeIfAbsent(rs.getObject("generation_id", UUID.class), id -> new ArrayList<>())
                            .add(new WebhookDelivery.Attempt(rs.getInt("attempt"),
                                    rs.getObject("attempted_at", OffsetDateTime.class).toInstant(), answered,
                                    rs.getString("error"), rs.getInt("millis")));
                });
        return rows.stream().map(row -> new WebhookDelivery(row.generationId(), row.url(), row.state(), row.attempts(),
                row.createdAt().toInstant(), row.finishedAt() == null ? null : row.finishedAt().toInstant(),
                List.copyOf(tries.getOrDefault(row.generationId(), List.of())))).toList();
    }

    /** The secret that signs the webhooks of one of the member's own keys. */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> signingSecret(UUID keyId) {
        return keys.isMine(keyId) ? Optional.of(secrets.secretFor(keyId)) : Optional.empty();
    }
}
