package app.atelier.account;

import app.atelier.shared.CurrentMember;
import app.atelier.shared.Language;
import org.jspecify.annotations.Nullable;
import app.atelier.shared.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Personal API keys: a member makes, names and revokes their own; admins see and revoke the whole
 * team's. A key is {@code atl_} and 256 random bits, shown once; only its SHA-256 is kept. Every request
 * looks the key up again, so a revoked key, or one whose member was deactivated, stops at once.
 */
@Service
public class ApiKeys {

    public static final int MAX_NAME = 80;
    /** Keys a member may hold at once (revoked ones aside). */
    public static final int MAX_ACTIVE = 20;
    static final String PREFIX = "atl_";
    private static final Pattern SHAPE = Pattern.compile("^atl_[A-Za-z0-9_-]{43}$");
    private static final int SHOWN = 12;
    /** Last use is written at most this often per key: a script polling every second writes once a minute. */
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final CurrentMember currentMember;
    private final Clock clock;

    ApiKeys(JdbcClient jdbc, CurrentMember currentMember, Clock clock) {
        this.jdbc = jdbc;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public ApiKeyCreation create(String name) {
        var member = currentMember.require();
        var label = name.strip();
        if (label.isEmpty()) {
            return new ApiKeyCreation.Invalid("field.error.required");
        }
        if (label.length() > MAX_NAME) {
            return new ApiKeyCreation.Invalid("api.keys.error.name-too-long");
        }
        int active = jdbc.sql("SELECT COUNT(*) FROM api_key WHERE member_id = ? AND revoked_at IS NULL")
                .param(member.actorId()).query(Integer.class).single();
        if (active >= MAX_ACTIVE) {
            return new ApiKeyCreation.Invalid("api.keys.error.too-many");
        }
        var key = PREFIX + SecretTokens.newToken();
        var id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO api_key (id, team_id, member_id, name, prefix, key_hash, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, member.teamId(), member.actorId(), label, key.substring(0, SHOWN),
                        SecretTokens.hash(key), clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        return new ApiKeyCreation.Created(summaries("k.id = ?", id).getFirst(), key);
    }

    /** The signed-in member's keys, newest first, revoked ones included. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ApiKeySummary> mine() {
        var member = currentMember.require();
        return summaries("k.team_id = ? AND k.member_id = ?", member.teamId(), member.actorId());
    }

    /** Every key of the team, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiKeySummary> team() {
        return summaries("k.team_id = ?", currentMember.require().teamId());
    }

    /** Revokes a key: its owner or an admin of its team may. False when there is no such key to revoke. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean revoke(UUID keyId) {
        var member = currentMember.require();
        boolean admin = currentMember.has(Role.ADMIN.authority());
        return jdbc.sql("""
                UPDATE api_key SET revoked_at = ?, revoked_by = ?
                WHERE id = ? AND team_id = ? AND revoked_at IS NULL AND (member_id = ? OR ?)""")
                .params(clock.instant().atOffset(ZoneOffset.UTC), member.actorId(), keyId, member.teamId(),
                        member.actorId(), admin)
                .update() == 1;
    }

    /**
     * The member a presented key acts for: none when it is malformed, unknown, revoked, or its member
     * is deactivated. Needs no signed-in member (it is how a request becomes one).
     */
    @Transactional
    public Optional<ApiCaller> authenticate(String presented) {
        if (!SHAPE.matcher(presented).matches()) {
            return Optional.empty();
        }
        var found = owner("k.key_hash = ?", SecretTokens.hash(presented));
        found.filter(key -> key.lastUsedAt() == null
                        || key.lastUsedAt().isBefore(clock.instant().minus(LAST_USE_PRECISION)))
                .ifPresent(key -> jdbc.sql("UPDATE api_key SET last_used_at = ? WHERE id = ?")
                        .params(clock.instant().atOffset(ZoneOffset.UTC), key.caller().keyId()).update());
        return found.map(KeyOwner::caller);
    }

    /**
     * The member a key acts for, for work done later on behalf of one of its requests (a webhook):
     * none once the key is revoked or the member deactivated.
     */
    @Transactional(readOnly = true)
    public Optional<ApiCaller> caller(UUID keyId) {
        return owner("k.id = ?", keyId).map(KeyOwner::caller);
    }

    private record KeyOwner(ApiCaller caller, @Nullable Instant lastUsedAt) {
    }

    /** An active key and its enabled member, in one statement. */
    private Optional<KeyOwner> owner(String where, Object param) {
        return jdbc.sql("""
                SELECT k.id, k.last_used_at, m.id AS member_id, m.team_id, m.email, m.role, m.language
                FROM api_key k JOIN member m ON m.id = k.member_id
                WHERE %s AND k.revoked_at IS NULL AND m.enabled""".formatted(where))
                .param(param)
                .query((rs, row) -> {
                    var lastUsed = rs.getObject("last_used_at", OffsetDateTime.class);
                    var member = new SignedInMember(rs.getObject("member_id", UUID.class), rs.getObject("team_id", UUID.class),
                            rs.getString("email"), Role.valueOf(rs.getString("role")), true, null);
                    return new KeyOwner(new ApiCaller(member, rs.getObject("id", UUID.class),
                            Language.fromCode(rs.getString("language"))), lastUsed == null ? null : lastUsed.toInstant());
                })
                .optional();
    }

    /** Whether the key is one of the signed-in member's own (revoked or not). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isMine(UUID keyId) {
        var member = currentMember.require();
        return jdbc.sql("SELECT COUNT(*) FROM api_key WHERE id = ? AND member_id = ?").params(keyId, member.actorId())
                .query(Integer.class).single() == 1;
    }

    private List<ApiKeySummary> summaries(String where, Object... params) {
        return jdbc.sql("""
                SELECT k.id, k.name, k.prefix, k.member_id, m.display_name, k.created_at, k.last_used_at, k.revoked_at
                FROM api_key k JOIN member m ON m.id = k.member_id
                WHERE %s
                ORDER BY k.revoked_at IS NOT NULL, k.created_at DESC""".formatted(where))
                .params(params)
                .query(ApiKeys::summary)
                .list();
    }

    private static ApiKeySummary summary(ResultSet rs, int row) throws SQLException {
        var lastUsed = rs.getObject("last_used_at", OffsetDateTime.class);
        var revoked = rs.getObject("revoked_at", OffsetDateTime.class);
        return new ApiKeySummary(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("prefix") + "…",
                rs.getObject("member_id", UUID.class), rs.getString("display_name"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                lastUsed == null ? null : lastUsed.toInstant(), revoked == null ? null : revoked.toInstant());
    }
}
