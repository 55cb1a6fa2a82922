package app.atelier.project.internal;

import app.atelier.project.ProjectHolder;
import app.atelier.shared.ProjectId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static app.atelier.shared.TextFolding.cut;
import static app.atelier.shared.TextFolding.fold;

/**
 * The folded text the gallery's words are looked for in, kept on the project row so that a search
 * reads one column per project instead of every generation's options: its name, reference and
 * address, then the words of what other modules keep in it ({@link ProjectHolder#words}). Written
 * when a project is made or something in it is asked for or deleted; projects without it (older
 * rows, rows written by hand) are filled at start-up, after the holders filled theirs.
 */
@Component
public class ProjectText {

    private static final int BATCH = 500;
    private static final int MAX_LABEL = 2_000;
    private static final int MAX_TEXT = 100_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ObjectProvider<ProjectHolder> holders;

    ProjectText(JdbcClient jdbc, TransactionTemplate transactions, ObjectProvider<ProjectHolder> holders) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.holders = holders;
    }

    /** The project's label and text, from its fields and what is in it as it is now. */
    public void refresh(UUID project) {
        var fields = jdbc.sql("SELECT name, listing_reference, address FROM project WHERE id = ?").params(project)
                .query((rs, row) -> Stream.of(rs.getString(1), rs.getString(2), rs.getString(3))
                        .filter(Objects::nonNull).collect(Collectors.joining(" ")))
                .optional();
        if (fields.isEmpty()) {
            return;
        }
        var label = fold(fields.get());
        var words = holders.orderedStream().map(holder -> holder.words(ProjectId.of(project))).filter(text -> !text.isBlank())
                .collect(Collectors.joining(" "));
        jdbc.sql("UPDATE project SET search_label = ?, search_text = ? WHERE id = ?")
                .params(cut(label, MAX_LABEL), cut(words.isEmpty() ? label : label + " " + words, MAX_TEXT), project)
                .update();
    }

    /** Fills every project without its text, a batch at a time (each its own transaction). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void backfill() {
        while (true) {
            List<UUID> projects = jdbc.sql("SELECT id FROM project WHERE search_text IS NULL LIMIT " + BATCH)
                    .query(UUID.class).list();
            if (projects.isEmpty()) {
                return;
            }
            transactions.executeWithoutResult(status -> projects.forEach(this::refresh));
            if (projects.size() < BATCH) {
                return;
            }
        }
    }
}
