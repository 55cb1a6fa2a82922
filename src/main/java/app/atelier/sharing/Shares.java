package app.atelier.sharing;

import app.atelier.account.AccountService;
import app.atelier.account.Role;
import app.atelier.generation.GenerationResult;
import app.atelier.generation.GenerationState;
import app.atelier.generation.Generations;
import app.atelier.generation.ResultFiles;
import app.atelier.media.ImageFormat;
import app.atelier.media.MediaLibrary;
import app.atelier.provider.ResultType;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.SecretTokens;
import app.atelier.sharing.internal.LabelledCopies;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Share links: a public page, no login, for some finished results of one project, open from one hour
 * to thirty days unless revoked earlier, optionally with the AI-visual mention burnt into what it
 * shows. Only the token's hash is kept: the address is said once, when the link is made. Whoever made
 * a link, or an admin, revokes it; an admin sees all of the team's links, a member their own.
 */
@Service
public class Shares {

    public static final Duration SHORTEST = Duration.ofHours(1);
    public static final Duration LONGEST = Duration.ofDays(30);
    /** The most results one link shows. */
    public static final int MOST = 50;
    /** The public page's path, before the token. */
    public static final String PAGE = "share/";
    /** Where a shared file is fetched from: {@code <this><token>/<position>[/poster]}. */
    public static final String FILES = "/public/share/";

    private final JdbcClient jdbc;
    private final Generations generations;
    private final ResultFiles results;
    private final LabelledCopies labelled;
    private final MediaLibrary media;
    private final AccountService accounts;
    private final CurrentMember currentMember;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Shares(JdbcClient jdbc, Generations generations, ResultFiles results, LabelledCopies labelled, MediaLibrary media,
           AccountService accounts, CurrentMember currentMember, TransactionTemplate transactions,
           Clock clock) {
        this.jdbc = jdbc;
        this.generations = generations;
        this.results = results;
        this.labelled = labelled;
        this.media = media;
        this.accounts = accounts;
        this.currentMember = currentMember;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Makes a link to these finished results of the project. With a mention, their labelled copies are
     * made first (a video is encoded again: seconds, not minutes), so that the page opens at once.
     */
    @PreAuthorize("isAuthenticated()")
    public ShareResult create(ShareRequest request) {
        var member = currentMember.require();
        if (request.lifetime().compareTo(SHORTEST) < 0 || request.lifetime().compareTo(LONGEST) > 0) {
            return new ShareResult.Refused("share.error.lifetime");
        }
        var wanted = request.generations().stream().distinct().toList();
        if (wanted.isEmpty()) {
            return new ShareResult.Refused("share.error.nothing");
        }
        if (wanted.size() > MOST) {
            return new ShareResult.Refused("share.error.too-many");
        }
        var finished = generations.ofProject(request.projectId()).stream()
                .filter(generation -> generation.state() == GenerationState.SUCCEEDED && !generation.results().isEmpty())
                .filter(generation -> wanted.contains(generation.id()))
                .toList();
        if (finished.size() != wanted.size()) {
            return new ShareResult.Refused("share.error.not-found");
        }
        var label = request.label();
        if (label != null) {
            finished.forEach(generation -> labelled.copyOf(member.teamId(), generation.results().getFirst(),
                    label.language(), label.text()));
        }
        var title = request.title().isBlank() ? projectName(member.teamId(), request.projectId().value()) : request.title().strip();
        if (title.length() > 200) {
            title = title.substring(0, 200);
        }
        var token = SecretTokens.newToken();
        var id = UUID.randomUUID();
        var now = clock.instant();
        var expires = now.plus(request.lifetime());
        var heading = title;
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                            INSERT INTO share_link (id, team_id, project_id, token_hash, title, label_text, language, created_by,
                                                    created_at, expires_at, views)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                    .params(id, member.teamId(), request.projectId().value(), SecretTokens.hash(token), heading,
                            label == null ? null : label.text(), label == null ? "" : label.language(), member.actorId(),
                            utc(now), utc(expires))
                    .update();
            for (int i = 0; i < wanted.size(); i++) {
                jdbc.sql("INSERT INTO share_link_item (share_id, generation_id, position) VALUES (?, ?, ?)")
                        .params(id, wanted.get(i).value(), i + 1).update();
            }
        });
        return new ShareResult.Created(id, PAGE + token, expires);
    }

    private String projectName(UUID team, UUID project) {
        return jdbc.sql("SELECT name FROM project WHERE team_id = ? AND id = ?").params(team, project)
                .query(String.class).optional().orElse("");
    }

    /** The team's links (an admin) or the member's own, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ShareSummary> list() {
        var member = currentMember.require();
        boolean admin = currentMember.has(Role.ADMIN.authority());
        var rows = jdbc.sql("""
                        SELECT s.id, s.project_id, p.name, s.title, s.label_text, s.created_by, s.created_at, s.expires_at,
                               s.revoked_at, s.views, (SELECT COUNT(*) FROM share_link_item i WHERE i.share_id = s.id) AS items
                        FROM share_link s JOIN project p ON p.id = s.project_id
                        WHERE s.team_id = :team AND (:admin OR s.created_by = :member)
                        ORDER BY s.created_at DESC, s.id LIMIT 500""")
                .params(Map.of("team", member.teamId(), "admin", admin, "member", member.actorId()))
                .query((rs, row) -> new Listed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5) != null, rs.getObject(6, UUID.class),
                        rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getObject(8, OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject(9, OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null),
                        rs.getInt(10), rs.getInt(11)))
                .list();
        var names = accounts.teammateNames(rows.stream().map(Listed::createdBy).collect(Collectors.toSet()));
        var now = clock.instant();
        return rows.stream().map(listed -> {
            var state = listed.revokedAt() != null ? ShareSummary.State.REVOKED
                    : listed.expiresAt().isAfter(now) ? ShareSummary.State.OPEN : ShareSummary.State.EXPIRED;
            return new ShareSummary(listed.id(), listed.projectId(), listed.projectName(), listed.title(), listed.items(),
                    listed.labelled(), names.getOrDefault(listed.createdBy(), ""), listed.createdAt(), listed.expiresAt(),
                    listed.revokedAt(), listed.views(), state,
                    state == ShareSummary.State.OPEN && (admin || listed.createdBy().equals(member.actorId())));
        }).toList();
    }

    /** A link as its row says, before its maker is named and its state worked out. */
    private record Listed(UUID id, UUID projectId, String projectName, String title, boolean labelled, UUID createdBy,
                          Instant createdAt, Instant expiresAt, @Nullable Instant revokedAt, int views, int items) {
    }

    /** Closes a link at once: whoever made it, or an admin, may. False when it is not theirs to close or already closed. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean revoke(UUID shareId) {
        var member = currentMember.require();
        boolean admin = currentMember.has(Role.ADMIN.authority());
        return jdbc.sql("""
                        UPDATE share_link SET revoked_at = :now, revoked_by = :member
                        WHERE id = :id AND team_id = :team AND revoked_at IS NULL AND (:admin OR created_by = :member)""")
                .params(Map.of("now", utc(clock.instant()), "member", member.actorId(), "id", shareId,
                        "team", member.teamId(), "admin", admin))
                .update() == 1;
    }

    /** Whether a token opens a link now (not counted as a visit). No login needed. */
    @Transactional(readOnly = true)
    public boolean isOpen(String token) {
        return openShare(token).isPresent();
    }

    /**
     * The page of an open link, counted as one more visit; empty for a token that is malformed,
     * unknown, expired or revoked, or whose results were all deleted. No login needed.
     */
    @Transactional
    public Optional<SharedPage> open(String token) {
        var share = openShare(token);
        if (share.isEmpty()) {
            return Optional.empty();
        }
        var items = items(share.get(), null);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("UPDATE share_link SET views = views + 1 WHERE id = ?").params(share.get().id()).update();
        var formats = media.imageFormats(share.get().team(), items.values().stream()
                .filter(result -> result.type() == ResultType.IMAGE).map(GenerationResult::asset).toList());
        var base = Downloads.slug(share.get().title());
        var shown = new ArrayList<SharedPage.Item>();
        items.forEach((position, result) -> {
            var extension = result.type() == ResultType.VIDEO ? "mp4"
                    : formats.getOrDefault(result.asset(), ImageFormat.JPEG).extension();
            var name = (base.isEmpty() ? "atelier" : base) + (items.size() > 1 ? "-" + position : "") + "." + extension;
            shown.add(new SharedPage.Item(position, result.type(), result.width(), result.height(), result.duration(), name,
                    result.poster() != null));
        });
        return Optional.of(new SharedPage(share.get().title(), share.get().language(), share.get().expires(), shown));
    }

    /**
     * The stored file behind a position of an open link (its poster, when asked): the team it belongs
     * to and its id, for the web layer to send. Empty whenever the page itself would be.
     */
    public Optional<SharedFile> file(String token, int position, boolean poster) {
        var share = openShare(token);
        if (share.isEmpty()) {
            return Optional.empty();
        }
        // a video seeks with many range requests: each reads its one item, not the whole link
        var result = items(share.get(), position).get(position);
        if (result == null) {
            return Optional.empty();
        }
        var team = share.get().team();
        if (poster) {
            return Optional.ofNullable(result.poster()).map(asset -> new SharedFile(team, asset));
        }
        var label = share.get().label();
        var asset = label == null ? result.asset() : labelled.copyOf(team, result, share.get().language(), label);
        return Optional.of(new SharedFile(team, asset));
    }

    /** A stored file a share link may send. */
    public record SharedFile(UUID team, UUID asset) {
    }

    private record Share(UUID id, UUID team, String title, @Nullable String label, String language, Instant expires) {
    }

    private Optional<Share> openShare(String token) {
        if (!SecretTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT id, team_id, title, label_text, language, expires_at FROM share_link
                        WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?""")
                .params(SecretTokens.hash(token), utc(clock.instant()))
                .query((rs, row) -> new Share(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** The link's results by position (a generation's first file each): all of them, or the one at {@code only}. */
    private Map<Integer, GenerationResult> items(Share share, @Nullable Integer only) {
        var positions = new LinkedHashMap<UUID, Integer>();
        jdbc.sql("""
                        SELECT i.generation_id, i.position FROM share_link_item i JOIN generation g ON g.id = i.generation_id
                        WHERE i.share_id = :share AND g.team_id = :team AND g.state = 'SUCCEEDED'
                          AND (:position < 0 OR i.position = :position)
                        ORDER BY i.position""")
                .params(Map.of("share", share.id(), "team", share.team(), "position", only == null ? -1 : only))
                .query((rs, row) -> positions.put(rs.getObject(1, UUID.class), rs.getInt(2)))
                .list();
        var files = results.of(positions.keySet());
        var found = new LinkedHashMap<Integer, GenerationResult>();
        positions.forEach((generation, position) -> {
            var made = files.getOrDefault(generation, List.of());
            if (!made.isEmpty()) {
                found.put(position, made.getFirst());
            }
        });
        return found;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
