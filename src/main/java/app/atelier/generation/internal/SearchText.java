package app.atelier.generation.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The folded text the gallery's words are looked for in (lower case, accents removed: "Megève" is
 * found as "megeve" and as "MEGÈVE"), kept on the rows so that a search reads one column per project
 * instead of every generation's options. Written when a project is made, a generation asked for or
 * deleted; rows without it (older rows, rows written by hand) are filled at start-up, and the gallery
 * falls back to the raw columns for them meanwhile.
 */
@Component
public class SearchText {

    private static final int BATCH = 500;
    private static final int MAX_TEXT = 100_000;
    private static final int MAX_GENERATION = 8_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    SearchText(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Lower case without accents: how both the text and the words looked for are compared. */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
                .toLowerCase(Locale.ROOT);
    }

    /** A generation was asked for with these options: its text, and its project's. */
    public void generation(UUID generation, String options) {
        jdbc.sql("UPDATE generation SET search_text = ? WHERE id = ?")
                .params(cut(fold(options), MAX_GENERATION), generation).update();
    }

    /** The project's label and text, from its fields and its generations as they are now. */
    public void project(UUID project) {
        var fields = jdbc.sql("SELECT name, listing_reference, address FROM project WHERE id = ?").params(project)
                .query((rs, row) -> Stream.of(rs.getString(1), rs.getString(2), rs.getString(3))
                        .filter(Objects::nonNull).collect(Collectors.joining(" ")))
                .optional();
        if (fields.isEmpty()) {
            return;
        }
        var label = fold(fields.get());
        var descriptions = jdbc.sql("SELECT COALESCE(search_text, LOWER(options)) FROM generation WHERE project_id = ?")
                .params(project).query(String.class).list().stream().distinct().collect(Collectors.joining(" "));
        jdbc.sql("UPDATE project SET search_label = ?, search_text = ? WHERE id = ?")
                .params(cut(label, 2000), cut(label + " " + descriptions, MAX_TEXT), project).update();
    }

    /** Fills every row without its text, a batch at a time (each its own transaction). */
    @EventListener(ApplicationReadyEvent.class)
    public void backfill() {
        while (true) {
            var generations = jdbc.sql("SELECT id, options FROM generation WHERE search_text IS NULL LIMIT " + BATCH)
                    .query((rs, row) -> new String[]{rs.getObject(1, UUID.class).toString(), rs.getString(2)}).list();
            if (generations.isEmpty()) {
                break;
            }
            transactions.executeWithoutResult(status -> generations.forEach(row -> generation(UUID.fromString(row[0]), row[1])));
            if (generations.size() < BATCH) {
                break;
            }
        }
        while (true) {
            List<UUID> projects = jdbc.sql("SELECT id FROM project WHERE search_text IS NULL LIMIT " + BATCH)
                    .query(UUID.class).list();
            if (projects.isEmpty()) {
                return;
            }
            transactions.executeWithoutResult(status -> projects.forEach(this::project));
            if (projects.size() < BATCH) {
                return;
            }
        }
    }

    private static String cut(@Nullable String text, int length) {
        return text == null ? "" : text.length() <= length ? text : text.substring(0, length);
    }
}
