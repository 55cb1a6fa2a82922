package app.atelier.management.ui;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.credits.Charge;
import app.atelier.credits.Credits;
import app.atelier.management.Dashboard;
import app.atelier.management.LedgerFilter;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.GenerationId;
import app.atelier.shared.MemberId;
import app.atelier.shared.TeamId;
import com.vaadin.flow.i18n.I18NProvider;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger's export says what the screen says: the same words for each operation (a reservation
 * and its settlement one charge), one signed column of credits, no line of zero credits, and the
 * member's time zone.
 */
@IntegrationTest
@WithMember(role = Role.ADMIN, freshTeam = true)
class LedgerExportTest {

    @Autowired
    Credits credits;

    @Autowired
    Dashboard dashboard;

    @Autowired
    TestAccounts accounts;

    @Autowired
    I18NProvider translations;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theExportUsesTheScreensWordsSignsAndTimeZone() throws IOException {
        var team = TeamId.of(accounts.currentTeamId());
        var me = MemberId.of(accounts.currentMemberId());
        credits.adjust(me.value(), CreditCurrency.VIDEO, 10, "mandat Villa du Cap");
        var spent = GenerationId.of(UUID.randomUUID());
        var refunded = GenerationId.of(UUID.randomUUID());
        var running = GenerationId.of(UUID.randomUUID());
        var free = GenerationId.of(UUID.randomUUID());
        transaction.executeWithoutResult(status -> {
            credits.reserve(team, me, CreditCurrency.VIDEO, List.of(new Charge(spent, 2), new Charge(refunded, 1),
                    new Charge(running, 1), new Charge(free, 0)));
            credits.settle(spent);
            credits.release(refunded);
            credits.settle(free);
        });
        var paris = ZoneId.of("Europe/Paris");
        var csv = new StringWriter();
        new LedgerExport(dashboard, () -> LedgerFilter.ALL, (key, arguments) -> translations.getTranslation(key, Locale.FRENCH,
                arguments), Locale.FRENCH, () -> paris).write(csv, CSVFormat.DEFAULT.builder().setDelimiter(';').get());

        var rows = CSVParser.parse(new StringReader(csv.toString()), CSVFormat.DEFAULT.builder().setDelimiter(';').get())
                .getRecords();
        assertThat(rows.getFirst().toList()).as("one column of credits").containsExactly("Date", "Opération", "Type de crédit",
                "Crédits", "Membre", "Projet", "Génération", "Par", "Motif");
        var lines = rows.subList(1, rows.size());
        assertThat(lines).extracting(row -> row.get(1) + " " + row.get(3)).containsExactlyInAnyOrder(
                "Attribution +10", "Génération · débitée -2", "Génération · remboursée -1", "Remboursement +1",
                "Génération · en cours -1");
        var granted = jdbc.sql("SELECT created_at FROM credit_entry WHERE member_id = ? AND kind = 'GRANT'")
                .param(me.value()).query(OffsetDateTime.class).single().toInstant();
        assertThat(lines.stream().filter(row -> row.get(1).equals("Attribution")).findFirst().orElseThrow().get(0))
                .as("in the member's time zone, as the screen shows it").isEqualTo(inZone(granted, paris));
    }

    private static String inZone(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(at.atZone(zone));
    }
}
