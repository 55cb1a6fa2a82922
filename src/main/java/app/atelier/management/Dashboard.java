package app.atelier.management;

import app.atelier.account.Role;
import app.atelier.credits.CreditsProperties;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.Provider;
import app.atelier.provider.Providers;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.Durations;
import app.atelier.shared.TeamMember;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What the credit dashboard reads: the ledger as a table, credits spent over time, and how each
 * provider did. A member reads their own figures; an admin the team's, or one member's. These are
 * reports across the ledger, the generations and the members (read-only SQL over their tables), one
 * statement each.
 */
@Service
public class Dashboard {

    /** How far back the provider figures go. */
    public static final Duration FIGURES_WINDOW = Duration.ofDays(90);
    /** The most lines one CSV export holds. */
    public static final int MAX_EXPORT = 100_000;
    /** The label of spending whose generation was deleted since (its provider and kind are gone with it). */
    public static final String DELETED = "usage.deleted";

    private final JdbcClient jdbc;
    private final CurrentMember currentMember;
    private final Providers providers;
    private final CreditsProperties settings;
    private final Clock clock;

    Dashboard(JdbcClient jdbc, CurrentMember currentMember, Providers providers, CreditsProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.currentMember = currentMember;
        this.providers = providers;
        this.settings = settings;
        this.clock = clock;
    }

    /** A page of the ledger, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<LedgerLine> ledger(LedgerFilter filter, int offset, int limit) {
        var where = where(filter);
        where.params.add(Math.max(0, Math.min(limit, MAX_EXPORT)));
        where.params.add(Math.max(0, offset));
        return jdbc.sql("""
                        SELECT e.id, e.created_at, e.kind, e.currency, e.amount, e.generation_id, e.member_id, e.note,
                               m.display_name AS member_name, b.display_name AS by_name,
                               g.project_id, g.kind AS generation_kind, g.provider_id, p.name AS project_name,
                               c.kind AS closed
                        FROM credit_entry e
                        JOIN member m ON m.id = e.member_id
                        LEFT JOIN member b ON b.id = e.created_by AND e.kind IN ('GRANT', 'REMOVE')
                        LEFT JOIN generation g ON g.id = e.generation_id
                        LEFT JOIN project p ON p.id = g.project_id
                        LEFT JOIN credit_entry c ON e.kind = 'RESERVE' AND c.closes = e.generation_id
                        WHERE %s
                        ORDER BY e.created_at DESC, e.id
                        LIMIT ? OFFSET ?""".formatted(where.sql))
                .params(where.params)
                .query(Dashboard::line)
                .list();
    }

    /** How many ledger entries the filter keeps. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int count(LedgerFilter filter) {
        var where = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM credit_entry e WHERE " + where.sql)
                .params(where.params)
                .query(Integer.class)
                .single();
    }

    /** Every entry the filter keeps, newest first, handed over one by one (for an export). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void eachLine(LedgerFilter filter, Consumer<LedgerLine> into) {
        int page = 1000;
        for (int offset = 0; offset < MAX_EXPORT; offset += page) {
            var lines = ledger(filter, offset, page);
            lines.forEach(into);
            if (lines.size() < page) {
                return;
            }
        }
    }

    /**
     * Credits of one currency spent over the period, per member, provider or kind; {@code member}
     * narrows an admin's view to one member (a member always sees their own).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public UsageReport usage(UsagePeriod period, UsageBreakdown by, CreditCurrency currency, @Nullable UUID member) {
        var me = currentMember.require();
        var subject = subject(me, member);
        var starts = starts(period);
        var since = starts.getFirst().atStartOfDay(settings.zone()).toInstant();
        var totals = new LinkedHashMap<String, int[]>();
        var labels = new HashMap<String, String>();
        jdbc.sql("""
                        SELECT e.created_at, e.amount, e.member_id, m.display_name, g.provider_id, g.kind
                        FROM credit_entry e
                        JOIN member m ON m.id = e.member_id
                        LEFT JOIN generation g ON g.id = e.generation_id
                        WHERE e.team_id = ? AND e.kind = 'SETTLE' AND e.currency = ? AND e.created_at >= ?
                          AND (CAST(? AS UUID) IS NULL OR e.member_id = ?)""")
                .params(me.teamId(), currency.name(), utc(since), subject, subject)
                .query((rs, row) -> {
                    var day = instant(rs, "created_at").atZone(settings.zone()).toLocalDate();
                    int bucket = bucketOf(starts, day);
                    var key = switch (by) {
                        case MEMBER -> rs.getObject("member_id", UUID.class).toString();
                        case PROVIDER -> String.valueOf(rs.getString("provider_id"));
                        case KIND -> String.valueOf(rs.getString("kind"));
                    };
                    labels.computeIfAbsent(key, unused -> label(by, key, rs));
                    if (bucket >= 0) {
                        totals.computeIfAbsent(key, unused -> new int[starts.size()])[bucket] += rs.getInt("amount");
                    }
                    return key;
                })
                .list();
        var series = new ArrayList<UsageReport.Series>();
        totals.forEach((key, values) -> series.add(new UsageReport.Series(key, labels.get(key),
                Arrays.stream(values).boxed().toList())));
        series.sort(Comparator.comparingInt(UsageReport.Series::total).reversed().thenComparing(UsageReport.Series::label));
        return new UsageReport(period, by, starts, series);
    }

    /** How each provider did over the last {@link #FIGURES_WINDOW}: successes, failures, the median wait. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ProviderFigures> providers(@Nullable UUID member) {
        var me = currentMember.require();
        var subject = subject(me, member);
        var since = clock.instant().minus(FIGURES_WINDOW);
        var succeeded = new HashMap<String, List<Duration>>();
        var failed = new HashMap<String, Integer>();
        jdbc.sql("""
                        SELECT provider_id, state, created_at, finished_at FROM generation
                        WHERE team_id = ? AND state IN ('SUCCEEDED', 'FAILED') AND finished_at >= ?
                          AND (CAST(? AS UUID) IS NULL OR member_id = ?)""")
                .params(me.teamId(), utc(since), subject, subject)
                .query((rs, row) -> {
                    var provider = rs.getString("provider_id");
                    if ("SUCCEEDED".equals(rs.getString("state"))) {
                        succeeded.computeIfAbsent(provider, unused -> new ArrayList<>())
                                .add(Duration.between(instant(rs, "created_at"), instant(rs, "finished_at")));
                    } else {
                        failed.merge(provider, 1, Integer::sum);
                    }
                    return provider;
                })
                .list();
        return providers.all().stream()
                .filter(provider -> succeeded.containsKey(provider.id()) || failed.containsKey(provider.id()))
                .map(provider -> {
                    var waits = succeeded.getOrDefault(provider.id(), List.of());
                    return new ProviderFigures(provider.id(), provider.nameKey(), waits.size(),
                            failed.getOrDefault(provider.id(), 0), Durations.median(waits));
                })
                .toList();
    }

    private String label(UsageBreakdown by, String key, ResultSet rs) {
        try {
            return switch (by) {
                case MEMBER -> rs.getString("display_name");
                case PROVIDER -> providers.find(key).map(Provider::nameKey).orElse(DELETED);
                case KIND -> {
                    var kind = generationKind(rs.getString("kind"));
                    yield kind == null ? DELETED : kind.labelKey();
                }
            };
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first day of each bucket of the period, oldest first, the current one last. */
    List<LocalDate> starts(UsagePeriod period) {
        var today = clock.instant().atZone(settings.zone()).toLocalDate();
        var current = switch (period) {
            case DAY -> today;
            case WEEK -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> today.withDayOfMonth(1);
        };
        var unit = switch (period) {
            case DAY -> ChronoUnit.DAYS;
            case WEEK -> ChronoUnit.WEEKS;
            case MONTH -> ChronoUnit.MONTHS;
        };
        var starts = new ArrayList<LocalDate>();
        for (int back = period.buckets() - 1; back >= 0; back--) {
            starts.add(current.minus(back, unit));
        }
        return starts;
    }

    private static int bucketOf(List<LocalDate> starts, LocalDate day) {
        for (int i = starts.size() - 1; i >= 0; i--) {
            if (!day.isBefore(starts.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The member whose figures are read: a member's own, or the one an admin picked (none: the team). */
    private @Nullable UUID subject(TeamMember me, @Nullable UUID member) {
        return currentMember.has(Role.ADMIN.authority()) ? member : me.actorId();
    }

    private record Where(String sql, List<Object> params) {
    }

    private Where where(LedgerFilter filter) {
        var me = currentMember.require();
        // a settlement is shown as what became of its reservation, and an entry of no credit says nothing
        var sql = new StringBuilder("e.team_id = ? AND e.kind <> 'SETTLE' AND e.amount <> 0");
        var params = new ArrayList<Object>();
        params.add(me.teamId());
        var member = subject(me, filter.member());
        if (member != null) {
            sql.append(" AND e.member_id = ?");
            params.add(member);
        }
        if (filter.currency() != null) {
            sql.append(" AND e.currency = ?");
            params.add(filter.currency().name());
        }
        if (!filter.kinds().isEmpty()) {
            sql.append(" AND e.kind IN (").append(String.join(", ", filter.kinds().stream().map(kind -> "?").toList())).append(')');
            filter.kinds().stream().sorted().forEach(params::add);
        }
        if (filter.from() != null) {
            sql.append(" AND e.created_at >= ?");
            params.add(utc(filter.from().atStartOfDay(settings.zone()).toInstant()));
        }
        if (filter.to() != null) {
            sql.append(" AND e.created_at < ?");
            params.add(utc(filter.to().plusDays(1).atStartOfDay(settings.zone()).toInstant()));
        }
        return new Where(sql.toString(), params);
    }

    private static LedgerLine line(ResultSet rs, int row) throws SQLException {
        var kind = rs.getString("kind");
        int amount = rs.getInt("amount");
        int change = switch (kind) {
            case "GRANT", "RELEASE" -> amount;
            case "REMOVE", "RESERVE" -> -amount;
            default -> 0;
        };
        var byName = rs.getString("by_name");
        return new LedgerLine(rs.getObject("id", UUID.class), instant(rs, "created_at"), kind,
                CreditCurrency.valueOf(rs.getString("currency")), amount, change, rs.getObject("generation_id", UUID.class),
                rs.getObject("project_id", UUID.class), rs.getString("project_name"), generationKind(rs.getString("generation_kind")),
                rs.getString("provider_id"), rs.getObject("member_id", UUID.class), rs.getString("member_name"),
                byName == null ? "" : byName, rs.getString("note"), rs.getString("closed"));
    }

    /** A generation's kind as stored; none when the generation was deleted since. */
    private static @Nullable GenerationKind generationKind(@Nullable String stored) {
        return stored == null ? null : GenerationKind.valueOf(stored);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
