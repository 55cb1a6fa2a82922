package app.atelier.generation.internal;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;
import java.util.stream.Collectors;

import static app.atelier.shared.TextFolding.cut;
import static app.atelier.shared.TextFolding.fold;

/**
 * A generation's folded options (its prompt, its choices), kept on its row: the words its project is
 * found by in the gallery. Written when it is asked for; rows without it are filled at start-up,
 * before the projects' texts are made from them.
 */
@Component
public class GenerationText {

    private static final int BATCH = 500;
    private static final int MAX_GENERATION = 8_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    GenerationText(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** A generation was asked for with these options. */
    public void write(UUID generation, String options) {
        jdbc.sql("UPDATE generation SET search_text = ? WHERE id = ?")
                .params(cut(fold(options), MAX_GENERATION), generation).update();
    }

    /** The distinct texts of the project's generations, as one run of words. */
    public String ofProject(UUID project) {
        return jdbc.sql("SELECT COALESCE(search_text, LOWER(options)) FROM generation WHERE project_id = ?")
                .params(project).query(String.class).list().stream().distinct().collect(Collectors.joining(" "));
    }

    /** Fills every generation without its text, a batch at a time (each its own transaction). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void backfill() {
        while (true) {
            var generations = jdbc.sql("SELECT id, options FROM generation WHERE search_text IS NULL LIMIT " + BATCH)
                    .query((rs, row) -> new String[]{rs.getObject(1, UUID.class).toString(), rs.getString(2)}).list();
            if (generations.isEmpty()) {
                return;
            }
            transactions.executeWithoutResult(status -> generations.forEach(row -> write(UUID.fromString(row[0]), row[1])));
            if (generations.size() < BATCH) {
                return;
            }
        }
    }
}
