package app.atelier.account.internal;

import app.atelier.account.Role;
import app.atelier.shared.SecretTokens;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Invitation and password-reset links. Only the SHA-256 of a link's secret is stored; a link serves
 * once, and not after it expired or was withdrawn. Every method runs in the caller's transaction.
 */
@Component
public class MemberLinks {

    public enum Purpose { INVITE, RESET }

    /** A link as stored. */
    public record Link(UUID id, UUID teamId, Purpose purpose, @Nullable String email, @Nullable Role role,
                       @Nullable UUID memberId, Instant expiresAt, @Nullable Instant usedAt, @Nullable Instant revokedAt,
                       Instant createdAt, @Nullable UUID createdBy) {

        public boolean usable(Instant now) {
            return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
        }
    }

    private final JdbcClient jdbc;

    MemberLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new link and returns its secret (said once). */
    public String create(UUID teamId, Purpose purpose, @Nullable String email, @Nullable Role role,
                         @Nullable UUID memberId, Instant expiresAt, Instant now, UUID by) {
        var token = SecretTokens.newToken();
        jdbc.sql("""
                        INSERT INTO member_link (id, team_id, purpose, token_hash, email, role, member_id, expires_at,
                                                 created_at, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), teamId, purpose.name(), SecretTokens.hash(token), email,
                        role == null ? null : role.name(), memberId, utc(expiresAt), utc(now), by)
                .update();
        return token;
    }

    /** The link a secret opens, whatever its state (the caller says why it cannot be used). */
    public Optional<Link> find(String token, Purpose purpose) {
        if (!SecretTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM member_link WHERE token_hash = ? AND purpose = ?")
                .params(SecretTokens.hash(token), purpose.name())
                .query(MemberLinks::link)
                .optional();
    }

    /** Marks a link used, once: false when it was used, withdrawn or expired meanwhile. */
    public boolean use(UUID id, Instant now) {
        return jdbc.sql("UPDATE member_link SET used_at = ? WHERE id = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ?")
                .params(utc(now), id, utc(now))
                .update() == 1;
    }

    public boolean revoke(UUID teamId, UUID id, Instant now) {
        return jdbc.sql("UPDATE member_link SET revoked_at = ? WHERE id = ? AND team_id = ? AND used_at IS NULL AND revoked_at IS NULL")
                .params(utc(now), id, teamId)
                .update() == 1;
    }

    /** Withdraws what was still open for a member or an address of the team (an older reset link, an older invitation). */
    public void revokeOpen(UUID teamId, Purpose purpose, @Nullable UUID memberId, @Nullable String email, Instant now) {
        jdbc.sql("""
                        UPDATE member_link SET revoked_at = ?
                        WHERE team_id = ? AND purpose = ? AND used_at IS NULL AND revoked_at IS NULL
                          AND (member_id = ? OR email = ?)""")
                .params(utc(now), teamId, purpose.name(), memberId, email)
                .update();
    }

    /** The invitations of a team still waiting for an answer, newest first. */
    public List<Link> openInvitations(UUID teamId, Instant now) {
        return jdbc.sql("""
                        SELECT * FROM member_link
                        WHERE team_id = ? AND purpose = 'INVITE' AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ?
                        ORDER BY created_at DESC""")
                .params(teamId, utc(now))
                .query(MemberLinks::link)
                .list();
    }

    public void acceptedBy(UUID id, UUID memberId) {
        jdbc.sql("UPDATE member_link SET member_id = ? WHERE id = ?").params(memberId, id).update();
    }

    private static Link link(ResultSet rs, int row) throws SQLException {
        var role = rs.getString("role");
        return new Link(rs.getObject("id", UUID.class), rs.getObject("team_id", UUID.class),
                Purpose.valueOf(rs.getString("purpose")), rs.getString("email"), role == null ? null : Role.valueOf(role),
                rs.getObject("member_id", UUID.class), instant(rs, "expires_at"), nullableInstant(rs, "used_at"),
                nullableInstant(rs, "revoked_at"), instant(rs, "created_at"), rs.getObject("created_by", UUID.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
