package app.atelier.sandbox.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The sandbox's simulated vendor tasks, in the database so that they outlive a restart. */
@Component
class SandboxTasks {

    enum Status { RUNNING, SUCCEEDED, FAILED }

    /**
     * One simulated task.
     *
     * @param api     which API made it ({@code iacrea-animation}, {@code iacrea-exterior}, {@code evolink}, {@code luma})
     * @param request the vendor request body, as received
     */
    record Task(String id, String api, String request, @Nullable String callbackUrl, Instant createdAt, Instant dueAt,
                Status status, @Nullable String resultFile, @Nullable String errorCode, @Nullable String errorMessage,
                @Nullable Instant finishedAt, boolean calledBack) {

        /** 0 to 99 while it runs, by the time gone; 100 once it is over. */
        int progress(Instant now) {
            if (status != Status.RUNNING) {
                return 100;
            }
            long total = Math.max(1, Duration.between(createdAt, dueAt).toMillis());
            long gone = Math.max(0, Duration.between(createdAt, now).toMillis());
            return (int) Math.min(99, gone * 100 / total);
        }

        Duration remaining(Instant now) {
            var left = Duration.between(now, dueAt);
            return left.isNegative() ? Duration.ZERO : left;
        }
    }

    private static final RowMapper<Task> ROW = (rs, n) -> new Task(rs.getString("id"), rs.getString("api"),
            rs.getString("request"), rs.getString("callback_url"), instant(rs.getObject("created_at", OffsetDateTime.class)),
            instant(rs.getObject("due_at", OffsetDateTime.class)), Status.valueOf(rs.getString("status")),
            rs.getString("result_file"), rs.getString("error_code"), rs.getString("error_message"),
            instantOrNull(rs.getObject("finished_at", OffsetDateTime.class)), rs.getBoolean("called_back"));

    private final JdbcClient jdbc;

    SandboxTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String id, String api, String request, @Nullable String callbackUrl, Instant createdAt, Instant dueAt) {
        jdbc.sql("""
                        INSERT INTO sandbox_task (id, api, request, callback_url, created_at, due_at, status)
                        VALUES (?, ?, ?, ?, ?, ?, 'RUNNING')""")
                .params(id, api, request, callbackUrl, at(createdAt), at(dueAt))
                .update();
    }

    Optional<Task> find(String id) {
        return jdbc.sql("SELECT * FROM sandbox_task WHERE id = ?").param(id).query(ROW).optional();
    }

    List<Task> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM sandbox_task WHERE id IN (:ids)").param("ids", ids).query(ROW).list();
    }


    int count(String api) {
        return jdbc.sql("SELECT COUNT(*) FROM sandbox_task WHERE api = ?").param(api).query(Integer.class).single();
    }

    /** Running tasks whose time has come, oldest first. */
    List<Task> due(Instant now, int limit) {
        return jdbc.sql("SELECT * FROM sandbox_task WHERE status = 'RUNNING' AND due_at <= ? ORDER BY due_at LIMIT ?")
                .params(at(now), limit).query(ROW).list();
    }

    /** Ended tasks whose callback is still to be made. */
    List<Task> toCallBack(int limit) {
        return jdbc.sql("""
                        SELECT * FROM sandbox_task WHERE status <> 'RUNNING' AND callback_url IS NOT NULL AND called_back = FALSE
                        ORDER BY finished_at LIMIT ?""")
                .param(limit).query(ROW).list();
    }

    /** Ends a running task, once: false if it had ended already. */
    boolean finish(String id, Status status, @Nullable String resultFile, @Nullable String errorCode,
                   @Nullable String errorMessage, Instant now) {
        return jdbc.sql("""
                        UPDATE sandbox_task SET status = ?, result_file = ?, error_code = ?, error_message = ?, finished_at = ?
                        WHERE id = ? AND status = 'RUNNING'""")
                .params(status.name(), resultFile, errorCode, errorMessage, at(now), id)
                .update() == 1;
    }

    /**
     * Takes the making of the task's result for this node until {@code until}: true when no node holds
     * it (none did, or the one that did let its claim lapse, e.g. it stopped: then this one makes it).
     */
    boolean claimMaking(String id, Instant now, Instant until) {
        return jdbc.sql("""
                        UPDATE sandbox_task SET making_until = ?
                        WHERE id = ? AND status = 'RUNNING' AND (making_until IS NULL OR making_until < ?)""")
                .params(at(until), id, at(now)).update() == 1;
    }

    /**
     * Takes the task's callback for this node: true for the one node whose update found it still to
     * be made (nodes that share the database tick alike; a callback is sent by one of them only).
     */
    boolean claimCallback(String id) {
        return jdbc.sql("UPDATE sandbox_task SET called_back = TRUE WHERE id = ? AND called_back = FALSE").param(id).update() == 1;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(@Nullable OffsetDateTime time) {
        if (time == null) {
            throw new IllegalStateException("A sandbox task without a time");
        }
        return time.toInstant();
    }

    private static @Nullable Instant instantOrNull(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
