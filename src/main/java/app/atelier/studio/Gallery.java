package app.atelier.studio;

import app.atelier.generation.GenerationState;
import app.atelier.generation.Verdict;
import app.atelier.media.MediaLibrary;
import app.atelier.media.PhotoSummary;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.ResultType;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.GenerationId;
import app.atelier.shared.ProjectId;
import app.atelier.shared.TextFolding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The team's projects as the gallery pages through them: filtered, searched and sorted in the
 * database, a page at a time, each card with its counts, its work under way and its cover, in two
 * statements whatever the page's size (the page with its counts; the covers).
 */
@Service
public class Gallery {

    /** The largest page asked for at once. */
    public static final int MAX_PAGE = 100;

    /** The states of a generation under way, as an SQL list. */
    private static final String RUNNING = Arrays.stream(GenerationState.values()).filter(state -> !state.terminal())
            .map(state -> "'" + state.name() + "'").collect(Collectors.joining(", ", "(", ")"));

    private final JdbcClient jdbc;
    private final MediaLibrary media;
    private final CurrentMember currentMember;
    private final JsonMapper json;

    Gallery(JdbcClient jdbc, MediaLibrary media, CurrentMember currentMember, JsonMapper json) {
        this.json = json;
        this.jdbc = jdbc;
        this.media = media;
        this.currentMember = currentMember;
    }

    /** The projects from {@code offset} on, at most {@code size} of them. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public GalleryPage projects(GalleryQuery query, int offset, int size) {
        var team = currentMember.require().teamId();
        int limit = Math.clamp(size, 1, MAX_PAGE);
        var params = pageParameters(team, offset, limit);
        var where = new StringBuilder("p.team_id = :team");
        where.append(words(query, params, false));
        if (query.filtersGenerations()) {
            where.append(" AND EXISTS (SELECT 1 FROM generation g WHERE g.team_id = :team AND g.project_id = p.id")
                    .append(generationFilters(query, params)).append(")");
        }
        // the same order inside the page (on the table) and outside it (on the page's columns)
        var inner = switch (query.sort()) {
            case ACTIVITY -> "COALESCE(p.activity_at, p.created_at) DESC";
            case NAME -> "LOWER(p.name) ASC";
            case CREATED -> "p.created_at DESC";
        };
        var outer = switch (query.sort()) {
            case ACTIVITY -> "page.activity DESC";
            case NAME -> "page.sort_name ASC";
            case CREATED -> "page.created_at DESC";
        };
        var sql = """
                WITH page AS (
                    SELECT p.id, p.name, p.listing_reference, p.address, p.created_at, p.cover_photo_id, LOWER(p.name) AS sort_name,
                           COALESCE(p.activity_at, p.created_at) AS activity
                    FROM project p
                    WHERE %s
                    ORDER BY %s, p.id
                    LIMIT :limit OFFSET :offset
                )
                SELECT page.*,
                       (SELECT COUNT(*) FROM project_photo pp WHERE pp.project_id = page.id) AS photos,
                       (SELECT pp.photo_id FROM project_photo pp WHERE pp.project_id = page.id
                         ORDER BY CASE WHEN pp.photo_id = page.cover_photo_id THEN 0 ELSE 1 END, pp.added_at, pp.photo_id
                         LIMIT 1) AS first_photo,
                       (SELECT COUNT(*) FROM generation_result r JOIN generation g ON g.id = r.generation_id
                         WHERE g.team_id = :team AND g.project_id = page.id AND r.type = 'VIDEO') AS videos,
                       (SELECT COUNT(*) FROM generation_result r JOIN generation g ON g.id = r.generation_id
                         WHERE g.team_id = :team AND g.project_id = page.id AND r.type = 'IMAGE') AS images,
                       (SELECT COUNT(*) FROM generation g
                         WHERE g.team_id = :team AND g.project_id = page.id AND g.state IN %s) AS running,
                       (SELECT AVG(g.progress) FROM generation g
                         WHERE g.team_id = :team AND g.project_id = page.id AND g.state IN %s) AS progress
                FROM page
                ORDER BY %s, page.id""".formatted(where, inner, RUNNING, RUNNING, outer);
        var rows = jdbc.sql(sql).params(params).query(Gallery::row).list();
        boolean more = rows.size() > limit;
        var page = more ? rows.subList(0, limit) : rows;
        var firstPhotos = page.stream().map(Row::firstPhoto).filter(Objects::nonNull).toList();
        Map<UUID, UUID> covers = firstPhotos.isEmpty() ? Map.of() : media.photos(team, firstPhotos).stream()
                .collect(Collectors.toMap(PhotoSummary::id, PhotoSummary::thumbnailLarge, (a, b) -> a));
        var cards = new ArrayList<ProjectCard>(page.size());
        for (var row : page) {
            cards.add(new ProjectCard(ProjectId.of(row.id()), row.name(), row.reference(), row.address(), row.createdAt().toInstant(),
                    row.activity().toInstant(), row.photos(), row.videos(), row.images(), row.running(), row.progress(),
                    row.firstPhoto() == null ? null : covers.get(row.firstPhoto())));
        }
        return new GalleryPage(cards, more);
    }

    /**
     * The team's finished videos and images, from {@code offset} on, at most {@code size}: the same
     * words and filters as the projects (a result passes them itself), most recent first, by project
     * name, or by when they were asked for. One statement a page.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ResultPage results(GalleryQuery query, int offset, int size) {
        var team = currentMember.require().teamId();
        int limit = Math.clamp(size, 1, MAX_PAGE);
        var params = pageParameters(team, offset, limit);
        var where = new StringBuilder("g.team_id = :team AND g.state = 'SUCCEEDED'");
        where.append(words(query, params, true));
        where.append(generationFilters(query, params));
        var order = switch (query.sort()) {
            case ACTIVITY -> "g.finished_at DESC";
            case NAME -> "LOWER(p.name) ASC, g.finished_at DESC";
            case CREATED -> "g.created_at DESC";
        };
        var sql = """
                SELECT g.id AS generation_id, p.id AS project_id, p.name, g.kind, g.provider_id, r.type, r.asset_id,
                       r.poster_asset_id, r.width, r.height, r.duration_ms, g.member_id, g.finished_at, g.created_at,
                       verdicts.verdict, g.options, g.via_api
                FROM generation g
                JOIN project p ON p.id = g.project_id
                JOIN generation_result r ON r.generation_id = g.id AND r.position = 0
                LEFT JOIN generation_review verdicts ON verdicts.generation_id = g.id
                WHERE %s
                ORDER BY %s, g.id
                LIMIT :limit OFFSET :offset""".formatted(where, order);
        var rows = jdbc.sql(sql).params(params).query((rs, number) -> {
            var type = ResultType.valueOf(rs.getString("type"));
            var asset = rs.getObject("asset_id", UUID.class);
            var poster = rs.getObject("poster_asset_id", UUID.class);
            long millis = rs.getLong("duration_ms");
            var duration = rs.wasNull() ? null : Duration.ofMillis(millis);
            var finished = rs.getObject("finished_at", OffsetDateTime.class);
            var verdict = rs.getString("verdict");
            return new ResultCard(GenerationId.of(rs.getObject("generation_id", UUID.class)),
                    ProjectId.of(rs.getObject("project_id", UUID.class)),
                    rs.getString("name"), GenerationKind.valueOf(rs.getString("kind")), rs.getString("provider_id"), type,
                    asset, type == ResultType.IMAGE ? asset : poster, rs.getInt("width"), rs.getInt("height"), duration,
                    rs.getObject("member_id", UUID.class),
                    (finished == null ? rs.getObject("created_at", OffsetDateTime.class) : finished).toInstant(),
                    verdict == null ? null : Verdict.valueOf(verdict), options(rs.getString("options")),
                    rs.getBoolean("via_api"));
        }).list();
        boolean more = rows.size() > limit;
        return new ResultPage(more ? rows.subList(0, limit) : rows, more);
    }

    /**
     * Every word must be found, folded (lower case, no accents), in the project's text (its name,
     * reference, address and its generations' descriptions), or for a result in its project's label or
     * its own description. A row whose folded text is not written yet is read from its raw columns.
     */
    private static String words(GalleryQuery query, Map<String, Object> params, boolean results) {
        var where = new StringBuilder();
        var words = query.words();
        for (int i = 0; i < words.size(); i++) {
            var raw = ":word" + i + " ESCAPE '\\'";
            var folded = ":folded" + i + " ESCAPE '\\'";
            params.put("word" + i, "%" + escape(words.get(i)) + "%");
            params.put("folded" + i, "%" + escape(TextFolding.fold(words.get(i))) + "%");
            var fields = "LOWER(p.name) LIKE " + raw + " OR LOWER(COALESCE(p.listing_reference, '')) LIKE " + raw
                    + " OR LOWER(COALESCE(p.address, '')) LIKE " + raw;
            if (results) {
                where.append(" AND (p.search_label LIKE ").append(folded).append(" OR g.search_text LIKE ").append(folded)
                        .append(" OR (p.search_label IS NULL AND (").append(fields).append("))")
                        .append(" OR (g.search_text IS NULL AND LOWER(g.options) LIKE ").append(raw).append("))");
            } else {
                where.append(" AND (p.search_text LIKE ").append(folded)
                        .append(" OR (p.search_text IS NULL AND (").append(fields)
                        .append(" OR EXISTS (SELECT 1 FROM generation w WHERE w.team_id = :team AND w.project_id = p.id")
                        .append(" AND LOWER(w.options) LIKE ").append(raw).append("))))");
            }
        }
        return where.toString();
    }

    private Map<String, String> options(String stored) {
        try {
            return json.readValue(stored, new TypeReference<Map<String, String>>() { });
        } catch (RuntimeException unreadable) {
            return Map.of();
        }
    }

    /** The team and the page's window, one more row than shown (it says whether there is more). */
    private static Map<String, Object> pageParameters(UUID team, int offset, int limit) {
        var params = new LinkedHashMap<String, Object>();
        params.put("team", team);
        params.put("limit", limit + 1);
        params.put("offset", Math.max(0, offset));
        return params;
    }

    /** The conditions on a generation {@code g}: kinds, states, providers, members, verdicts, days. */
    private static String generationFilters(GalleryQuery query, Map<String, Object> params) {
        var where = new StringBuilder();
        if (!query.kinds().isEmpty()) {
            params.put("kinds", query.kinds().stream().map(Enum::name).toList());
            where.append(" AND g.kind IN (:kinds)");
        }
        if (!query.states().isEmpty()) {
            params.put("states", query.states().stream().map(Enum::name).toList());
            where.append(" AND g.state IN (:states)");
        }
        if (!query.providers().isEmpty()) {
            params.put("providers", List.copyOf(query.providers()));
            where.append(" AND g.provider_id IN (:providers)");
        }
        if (!query.members().isEmpty()) {
            params.put("members", List.copyOf(query.members()));
            where.append(" AND g.member_id IN (:members)");
        }
        if (!query.reviews().isEmpty()) {
            params.put("reviews", query.reviews().stream().map(Enum::name).toList());
            where.append(" AND EXISTS (SELECT 1 FROM generation_review rv WHERE rv.generation_id = g.id")
                    .append(" AND rv.verdict IN (:reviews))");
        }
        if (query.from() != null) {
            params.put("from", query.from().atStartOfDay().atOffset(ZoneOffset.UTC));
            where.append(" AND g.created_at >= :from");
        }
        if (query.to() != null) {
            params.put("to", query.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
            where.append(" AND g.created_at < :to");
        }
        return where.toString();
    }

    private record Row(UUID id, String name, String reference, String address, OffsetDateTime createdAt,
                       OffsetDateTime activity, int photos, UUID firstPhoto, int videos, int images, int running,
                       int progress) {
    }

    private static Row row(ResultSet rs, int number) throws SQLException {
        var progress = rs.getBigDecimal("progress");
        return new Row(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("listing_reference"),
                rs.getString("address"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("activity", OffsetDateTime.class), rs.getInt("photos"), rs.getObject("first_photo", UUID.class),
                rs.getInt("videos"), rs.getInt("images"), rs.getInt("running"),
                progress == null ? 0 : progress.intValue());
    }

    /** A word to look for as it is: {@code %}, {@code _} and the escape itself lose their LIKE meaning. */
    private static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
