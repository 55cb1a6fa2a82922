package app.atelier.management.ui;

import app.atelier.credits.Credits;
import app.atelier.management.Dashboard;
import app.atelier.management.LedgerFilter;
import app.atelier.management.LedgerLine;
import app.atelier.shared.CreditCurrency;
import app.atelier.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.DataProvider;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The credit dashboard's ledger: every movement, newest first, a page at a time, filtered by
 * currency, kind and dates; what the export writes is what it shows.
 */
class LedgerSection extends Composite<Div> {

    /** Below this window width (CSS pixels), the ledger keeps only its first three columns. */
    static final int NARROW = 700;

    final Select<String> ledgerCurrency = new Select<>();
    final Select<String> ledgerKind = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<LedgerLine> ledger = new Grid<>();
    private final Dashboard dashboard;
    private final boolean admin;
    private final Supplier<@Nullable UUID> subject;
    private volatile LedgerFilter filter = LedgerFilter.ALL;
    /** The columns a phone's width has no room for: the project, the member, the reason. */
    private final List<Grid.Column<LedgerLine>> wide = new ArrayList<>();
    /** The columns a phone keeps, sharing its width (their words wrap). */
    private final List<Grid.Column<LedgerLine>> narrow = new ArrayList<>();
    private boolean compact;

    /** @param subject whose entries are shown (everyone's when empty) */
    LedgerSection(Dashboard dashboard, boolean admin, Supplier<@Nullable UUID> subject) {
        this.dashboard = dashboard;
        this.admin = admin;
        this.subject = subject;
        ledgerCurrency.setLabel(getTranslation("team.credits.currency"));
        ledgerCurrency.setItems("", CreditCurrency.VIDEO.name(), CreditCurrency.PHOTO.name());
        ledgerCurrency.setItemLabelGenerator(value -> value.isEmpty() ? getTranslation("dashboard.all")
                : getTranslation(value.equals("VIDEO") ? "credits.video" : "credits.photo"));
        ledgerCurrency.setValue("");
        ledgerKind.setLabel(getTranslation("ledger.kind"));
        ledgerKind.setItems("", "GRANT", "REMOVE", "RESERVE", "RELEASE");
        ledgerKind.setItemLabelGenerator(value -> value.isEmpty() ? getTranslation("dashboard.all") : getTranslation(kindKey(value)));
        ledgerKind.setValue("");
        from.setLabel(getTranslation("gallery.filter.from"));
        to.setLabel(getTranslation("gallery.filter.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        ledgerCurrency.addValueChangeListener(change -> show());
        ledgerKind.addValueChangeListener(change -> show());
        from.addValueChangeListener(change -> show());
        to.addValueChangeListener(change -> show());
        var controls = new Div(ledgerCurrency, ledgerKind, from, to);
        controls.addClassName("dashboard-filters");

        table();
        getContent().add(new H2(getTranslation("ledger.title")), controls, ledger);
        getContent().addClassName("dashboard-section");
    }

    /** The entries, a page at a time from the database: when, what, how much, for which generation, who, why. */
    private void table() {
        ledger.addClassName("ledger");
        ledger.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        narrow.add(ledger.addColumn(line -> Formats.dateTime(line.at(), getLocale())).setHeader(getTranslation("ledger.when"))
                .setAutoWidth(true).setFlexGrow(0));
        narrow.add(ledger.addColumn(this::what).setHeader(getTranslation("ledger.kind")).setAutoWidth(true));
        narrow.add(ledger.addColumn(line -> amount(line)).setHeader(getTranslation("ledger.amount")).setAutoWidth(true)
                .setPartNameGenerator(line -> line.change() < 0 ? "debit" : line.change() > 0 ? "credit" : null));
        wide.add(ledger.addComponentColumn(this::generationCell).setHeader(getTranslation("ledger.generation")).setFlexGrow(1));
        if (admin) {
            wide.add(ledger.addColumn(LedgerLine::memberName).setHeader(getTranslation("ledger.member")).setAutoWidth(true));
        }
        wide.add(ledger.addColumn(this::why).setHeader(getTranslation("ledger.why")).setFlexGrow(1));
        ledger.addThemeName("wrap-cell-content");
        // on a phone: when, what and how much, without a sideways scroll
        addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> fitTo(details.getWindowInnerWidth()));
            attach.getUI().getPage().addBrowserWindowResizeListener(resized -> fitTo(resized.getWidth()));
        });
        ledger.setItems(DataProvider.fromCallbacks(
                query -> dashboard.ledger(filter, query.getOffset(), query.getLimit()).stream(),
                query -> dashboard.count(filter)));
        ledger.setEmptyStateText(getTranslation("ledger.empty"));
        ledger.setAllRowsVisible(false);
        ledger.setHeight("28rem");
    }

    /** What an entry was; on a phone, where the reason has no column of its own, with its reason. */
    private String what(LedgerLine line) {
        var said = operation(line, this::getTranslation);
        var why = compact ? why(line) : "";
        return why.isEmpty() ? said : said + " — " + why;
    }

    private void fitTo(int width) {
        boolean roomy = width <= 0 || width >= NARROW;
        if (compact == roomy) {
            compact = !roomy;
            ledger.getDataProvider().refreshAll();
        }
        wide.forEach(column -> column.setVisible(roomy));
        narrow.forEach(column -> column.setAutoWidth(roomy).setWidth(roomy ? null : "4rem"));
        // when, what, how much: on a laptop the date as wide as it needs; on a phone what it was gets the most room
        narrow.get(0).setFlexGrow(roomy ? 0 : 1);
        narrow.get(1).setFlexGrow(roomy ? 1 : 2);
        narrow.get(2).setFlexGrow(1);
        ledger.recalculateColumnWidths();
    }

    /** What the ledger shows now (the export writes the same). */
    LedgerFilter filter() {
        return filter;
    }

    /** What the ledger shows of an entry's amount: what it did to the credits available. */
    private String amount(LedgerLine line) {
        var count = TeamView.count(this, line.amount(), line.currency());
        return line.change() > 0 ? "+" + count : line.change() < 0 ? "−" + count : count;
    }

    private Component generationCell(LedgerLine line) {
        if (line.generationId() == null) {
            return new Span();
        }
        if (line.projectId() == null || line.project() == null) {
            var gone = new Span(getTranslation("ledger.deleted"));
            gone.addClassName("hint");
            return gone;
        }
        var link = new Anchor("projects/" + line.projectId(), line.project());
        link.addClassName("ledger-project");
        return link;
    }

    /** Who did it and why: an admin's reason, a monthly allowance, the starting credits, a generation's kind. */
    private String why(LedgerLine line) {
        var note = line.note();
        if (note != null && note.startsWith(Credits.ALLOWANCE_NOTE)) {
            return getTranslation("ledger.note.allowance", note.substring(Credits.ALLOWANCE_NOTE.length()));
        }
        if (Credits.STARTING_NOTE.equals(note) && line.byName().isEmpty()) {
            return getTranslation("ledger.note.starting");
        }
        if (note != null) {
            return line.byName().isEmpty() ? note : getTranslation("ledger.note.by", note, line.byName());
        }
        return line.generationKind() == null ? "" : getTranslation(line.generationKind().labelKey());
    }

    /**
     * What an entry was, in words: "Attribution", "Génération · débitée" (a reservation and its
     * settlement read as one charge), "Génération · en cours", "Génération · remboursée", "Remboursement"
     * (the screen and the export say the same).
     */
    static String operation(LedgerLine line, Function<String, String> words) {
        var said = words.apply(kindKey(line.kind()));
        if (!"RESERVE".equals(line.kind())) {
            return said;
        }
        return said + " · " + words.apply(line.closed() == null ? "ledger.state.open"
                : "SETTLE".equals(line.closed()) ? "ledger.state.spent" : "ledger.state.refunded");
    }

    private static String kindKey(String kind) {
        return switch (kind) {
            case "GRANT" -> "ledger.kind.grant";
            case "REMOVE" -> "ledger.kind.remove";
            case "RESERVE" -> "ledger.kind.reserve";
            default -> "ledger.kind.release";
        };
    }

    void show() {
        var currency = ledgerCurrency.getValue() == null || ledgerCurrency.getValue().isEmpty() ? null
                : CreditCurrency.valueOf(ledgerCurrency.getValue());
        var kind = ledgerKind.getValue() == null || ledgerKind.getValue().isEmpty() ? Set.<String>of() : Set.of(ledgerKind.getValue());
        filter = new LedgerFilter(subject.get(), currency, kind, from.getValue(), to.getValue());
        ledger.getDataProvider().refreshAll();
    }

}
