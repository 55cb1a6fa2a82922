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
import java.io.Writer;
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
    private final Supplier<ZoneId> zone;

    LedgerExport(Dashboard dashboard, Supplier<LedgerFilter> filter, Words words, Locale locale, Supplier<ZoneId> zone) {
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
        write(out, format);
    }

    /** The header and the lines, in the member's words, signs and time zone; closes {@code out}. */
    void write(Writer out, CSVFormat format) throws IOException {
        try (var csv = new CSVPrinter(out, format)) {
            // the screen's words and signs, and its time zone (the member's, as the browser says it)
            csv.printRecord(words.get("ledger.when"), words.get("ledger.kind"), words.get("ledger.currency"),
                    words.get("ledger.amount"), words.get("ledger.member"), words.get("ledger.project"),
                    words.get("ledger.generation"), words.get("ledger.by"), words.get("ledger.note"));
            var time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
            var zone = this.zone.get();
            dashboard.eachLine(filter.get(), line -> {
                try {
                    csv.printRecord(time.format(line.at().atZone(zone)), LedgerSection.operation(line, words::get),
                            words.get(line.currency() == CreditCurrency.VIDEO ? "credits.video" : "credits.photo"),
                            line.change() > 0 ? "+" + line.change() : String.valueOf(line.change()), line.memberName(),
                            line.project() == null ? "" : line.project(),
                            line.generationId() == null ? "" : line.generationId(), line.byName(),
                            line.note() == null ? "" : line.note());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
