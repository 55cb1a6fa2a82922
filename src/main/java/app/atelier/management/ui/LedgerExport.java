package app.atelier.management.ui;

import app.atelier.management.Dashboard;
import app.atelier.management.LedgerFilter;
import app.atelier.shared.CreditCurrency;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The ledger as the dashboard filters it, as a CSV file (UTF-8 with a byte-order mark so that
 * spreadsheets read the accents; a semicolon between fields in French, as French spreadsheets
 * expect, a comma in English), streamed page by page.
 */
class LedgerExport implements DownloadHandler {

    /** Translates a key with arguments in the member's language. */
    interface Words {
        String get(String key, Object... arguments);
    }

    private final Dashboard dashboard;
    private final Supplier<LedgerFilter> filter;
    private final Words words;
    private final Locale locale;
    private final ZoneId zone;

    LedgerExport(Dashboard dashboard, Supplier<LedgerFilter> filter, Words words, Locale locale, ZoneId zone) {
        this.dashboard = dashboard;
        this.filter = filter;
        this.words = words;
        this.locale = locale;
        this.zone = zone;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        event.setFileName(words.get("dashboard.export.file") + ".csv");
        event.setContentType("text/csv; charset=UTF-8");
        var french = "fr".equals(locale.getLanguage());
        var format = CSVFormat.DEFAULT.builder().setDelimiter(french ? ';' : ',').setRecordSeparator("\r\n").get();
        var out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        try (var csv = new CSVPrinter(out, format)) {
            csv.printRecord(words.get("ledger.when"), words.get("ledger.kind"), words.get("team.credits.currency"),
                    words.get("ledger.amount"), words.get("ledger.change"), words.get("ledger.member"),
                    words.get("ledger.generation"), words.get("ledger.project"), words.get("ledger.by"), words.get("ledger.note"));
            var time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
            dashboard.eachLine(filter.get(), line -> {
                try {
                    csv.printRecord(time.format(line.at().atZone(zone)), line.kind(),
                            words.get(line.currency() == CreditCurrency.VIDEO ? "credits.video" : "credits.photo"),
                            line.amount(), line.change(), line.memberName(),
                            line.generationId() == null ? "" : line.generationId(), line.project() == null ? "" : line.project(),
                            line.byName(), line.note() == null ? "" : line.note());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
