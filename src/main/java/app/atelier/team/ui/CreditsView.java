package app.atelier.team.ui;

import app.atelier.account.AccountService;
import app.atelier.account.Role;
import app.atelier.credits.Balance;
import app.atelier.credits.Balances;
import app.atelier.credits.CreditAlerts;
import app.atelier.credits.CreditCurrency;
import app.atelier.credits.Credits;
import app.atelier.credits.CreditsChanged;
import app.atelier.credits.CreditsProperties;
import app.atelier.provider.VendorAccountBalance;
import app.atelier.provider.VendorKeys;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.LiveUpdates;
import app.atelier.team.Dashboard;
import app.atelier.team.LedgerFilter;
import app.atelier.team.LedgerLine;
import app.atelier.team.ProviderFigures;
import app.atelier.team.UsageBreakdown;
import app.atelier.team.UsagePeriod;
import app.atelier.team.UsageReport;
import app.atelier.ui.Background;
import app.atelier.ui.Formats;
import app.atelier.ui.Live;
import app.atelier.ui.ViewHeader;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The credit dashboard: balances with what is reserved now (live), a warning when one runs low, the
 * ledger as a table (filtered, exported as CSV), credits spent over time as a chart, how each
 * service did, and for admins the balances the vendors report. Members see their own figures; admins
 * the team's or one member's.
 */
@Route("credits")
@Menu(order = 2, icon = "vaadin:coin-piles", title = "nav.credits")
@PermitAll
public class CreditsView extends Main implements HasDynamicTitle {

    static final String EVERYONE = "";

    private final Credits credits;
    private final Dashboard dashboard;
    private final VendorKeys vendorKeys;
    private final boolean admin;
    private final UUID me;
    private final Map<UUID, String> names;

    final Select<String> member = new Select<>();
    final Div balances = new Div();
    final Div warnings = new Div();
    final Div vendorWarnings = new Div();
    final Div vendors = new Div();
    final Select<UsagePeriod> period = new Select<>();
    final Select<UsageBreakdown> breakdown = new Select<>();
    final Select<CreditCurrency> usageCurrency = new Select<>();
    final UsageChart chart = new UsageChart();
    final Paragraph chartEmpty = new Paragraph();
    final Div figures = new Div();
    final Select<String> ledgerCurrency = new Select<>();
    final Select<String> ledgerKind = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<LedgerLine> ledger = new Grid<>();
    final Anchor export = new Anchor();
    private volatile LedgerFilter filter = LedgerFilter.ALL;

    CreditsView(Credits credits, Dashboard dashboard, VendorKeys vendorKeys, AccountService accounts,
                CurrentMember currentMember, LiveUpdates updates, CreditsProperties settings) {
        this.credits = credits;
        this.dashboard = dashboard;
        this.vendorKeys = vendorKeys;
        this.admin = currentMember.has(Role.ADMIN.authority());
        var signedIn = currentMember.require();
        this.me = signedIn.actorId();
        this.names = accounts.teammates();
        addClassNames("view", "credits-view");

        export.setText(getTranslation("dashboard.export"));
        export.addClassName("export-ledger");
        export.setHref(new LedgerExport(dashboard, () -> filter, (key, arguments) -> getTranslation(getLocale(), key, arguments), getLocale(), settings.zone()));
        export.getElement().setAttribute("download", true);
        var exportButton = new Button(getTranslation("dashboard.export"), new Icon(VaadinIcon.DOWNLOAD));
        exportButton.addThemeVariants(ButtonVariant.PRIMARY);
        exportButton.setTabIndex(-1);
        export.removeAll();
        export.add(exportButton);
        var header = new ViewHeader(getTranslation("credits.title"), getTranslation(admin ? "dashboard.description.admin"
                : "credits.description")).withPrimaryAction(export);

        balances.addClassName("balance-cards");
        warnings.addClassName("credit-warnings");
        vendorWarnings.addClassName("credit-warnings");
        vendors.addClassName("vendor-balances");
        add(header);
        if (admin) {
            member.setLabel(getTranslation("dashboard.member"));
            var choices = new ArrayList<String>();
            choices.add(EVERYONE);
            names.keySet().forEach(id -> choices.add(id.toString()));
            member.setItems(choices);
            member.setItemLabelGenerator(id -> id.isEmpty() ? getTranslation("dashboard.everyone") : names.getOrDefault(UUID.fromString(id), id));
            member.setValue(EVERYONE);
            member.addClassName("dashboard-member");
            member.addValueChangeListener(change -> refresh());
            add(member);
        }
        add(warnings, vendorWarnings, balances);
        if (admin) {
            var reread = new Button(getTranslation("dashboard.vendors.reread"), click -> showVendors(true));
            reread.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            reread.addClassName("reread-vendors");
            var head = new Div(new H2(getTranslation("dashboard.vendors")), reread);
            head.addClassName("section-head");
            add(head, vendors);
        }
        add(usageSection(), ledgerSection());
        Live.follow(this, updates, CreditsChanged.class,
                changed -> changed.teamId().equals(signedIn.teamId()) && (admin || changed.memberId().equals(me)),
                changed -> refresh(), this::refresh);
        if (admin) {
            addAttachListener(attached -> showVendors(false));
        }
    }

    private Component usageSection() {
        period.setLabel(getTranslation("usage.period"));
        period.setItems(UsagePeriod.values());
        period.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        period.setValue(UsagePeriod.DAY);
        breakdown.setLabel(getTranslation("usage.by"));
        breakdown.setItems(UsageBreakdown.values());
        breakdown.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        breakdown.setValue(admin ? UsageBreakdown.MEMBER : UsageBreakdown.PROVIDER);
        usageCurrency.setLabel(getTranslation("team.credits.currency"));
        usageCurrency.setItems(CreditCurrency.values());
        usageCurrency.setItemLabelGenerator(value -> getTranslation(value == CreditCurrency.VIDEO ? "credits.video" : "credits.photo"));
        usageCurrency.setValue(CreditCurrency.VIDEO);
        period.addValueChangeListener(change -> showUsage());
        breakdown.addValueChangeListener(change -> showUsage());
        usageCurrency.addValueChangeListener(change -> showUsage());
        var controls = new Div(period, breakdown, usageCurrency);
        controls.addClassName("dashboard-filters");
        chartEmpty.addClassNames("hint", "chart-empty");
        chart.setWidthFull();
        var chartBox = new Div(chart, chartEmpty);
        chartBox.addClassName("chart-box");
        figures.addClassName("provider-figures");
        var section = new Div(new H2(getTranslation("usage.title")), controls, chartBox,
                new H2(getTranslation("figures.title")), figures);
        section.addClassName("dashboard-section");
        return section;
    }

    private Component ledgerSection() {
        ledgerCurrency.setLabel(getTranslation("team.credits.currency"));
        ledgerCurrency.setItems("", CreditCurrency.VIDEO.name(), CreditCurrency.PHOTO.name());
        ledgerCurrency.setItemLabelGenerator(value -> value.isEmpty() ? getTranslation("dashboard.all")
                : getTranslation(value.equals("VIDEO") ? "credits.video" : "credits.photo"));
        ledgerCurrency.setValue("");
        ledgerKind.setLabel(getTranslation("ledger.kind"));
        ledgerKind.setItems("", "GRANT", "REMOVE", "RESERVE", "SETTLE", "RELEASE");
        ledgerKind.setItemLabelGenerator(value -> value.isEmpty() ? getTranslation("dashboard.all") : kindLabel(value));
        ledgerKind.setValue("");
        from.setLabel(getTranslation("gallery.filter.from"));
        to.setLabel(getTranslation("gallery.filter.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        ledgerCurrency.addValueChangeListener(change -> showLedger());
        ledgerKind.addValueChangeListener(change -> showLedger());
        from.addValueChangeListener(change -> showLedger());
        to.addValueChangeListener(change -> showLedger());
        var controls = new Div(ledgerCurrency, ledgerKind, from, to);
        controls.addClassName("dashboard-filters");

        ledger.addClassName("ledger");
        ledger.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        ledger.addColumn(line -> Formats.dateTime(line.at(), getLocale())).setHeader(getTranslation("ledger.when"))
                .setAutoWidth(true).setFlexGrow(0);
        ledger.addColumn(line -> kindLabel(line.kind())).setHeader(getTranslation("ledger.kind")).setAutoWidth(true);
        ledger.addColumn(line -> amount(line)).setHeader(getTranslation("ledger.amount")).setAutoWidth(true)
                .setPartNameGenerator(line -> line.change() < 0 ? "debit" : line.change() > 0 ? "credit" : null);
        ledger.addComponentColumn(this::generationCell).setHeader(getTranslation("ledger.generation")).setFlexGrow(1);
        if (admin) {
            ledger.addColumn(LedgerLine::memberName).setHeader(getTranslation("ledger.member")).setAutoWidth(true);
        }
        ledger.addColumn(this::why).setHeader(getTranslation("ledger.why")).setFlexGrow(1);
        ledger.setItems(DataProvider.fromCallbacks(
                query -> dashboard.ledger(filter, query.getOffset(), query.getLimit()).stream(),
                query -> dashboard.count(filter)));
        ledger.setEmptyStateText(getTranslation("ledger.empty"));
        ledger.setAllRowsVisible(false);
        ledger.setHeight("28rem");
        var section = new Div(new H2(getTranslation("ledger.title")), controls, ledger);
        section.addClassName("dashboard-section");
        return section;
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

    String kindLabel(String kind) {
        return getTranslation(switch (kind) {
            case "GRANT" -> "ledger.kind.grant";
            case "REMOVE" -> "ledger.kind.remove";
            case "RESERVE" -> "ledger.kind.reserve";
            case "SETTLE" -> "ledger.kind.settle";
            default -> "ledger.kind.release";
        });
    }

    private @Nullable UUID subject() {
        if (!admin) {
            return me;
        }
        var chosen = member.getValue();
        return chosen == null || chosen.isEmpty() ? null : UUID.fromString(chosen);
    }

    void refresh() {
        showBalances();
        showUsage();
        showLedger();
    }

    private void showBalances() {
        balances.removeAll();
        warnings.removeAll();
        var alerts = credits.alerts();
        var subject = subject();
        if (subject == null) {
            var all = credits.team();
            balances.add(card(CreditCurrency.VIDEO, total(all, CreditCurrency.VIDEO), getTranslation("dashboard.team-total")),
                    card(CreditCurrency.PHOTO, total(all, CreditCurrency.PHOTO), getTranslation("dashboard.team-total")));
            all.forEach((id, each) -> lowWarnings(alerts, each, names.getOrDefault(id, "?")));
            return;
        }
        var mine = subject.equals(me) ? credits.mine()
                : credits.of(subject).orElse(new Balances(Balance.EMPTY, Balance.EMPTY));
        balances.add(card(CreditCurrency.VIDEO, mine.video(), null), card(CreditCurrency.PHOTO, mine.photo(), null));
        lowWarnings(alerts, mine, subject.equals(me) ? null : names.getOrDefault(subject, "?"));
    }

    private static Balance total(Map<UUID, Balances> all, CreditCurrency currency) {
        int available = 0;
        int reserved = 0;
        int spent = 0;
        for (var each : all.values()) {
            var balance = each.of(currency);
            available += balance.available();
            reserved += balance.reserved();
            spent += balance.spent();
        }
        return new Balance(available, reserved, spent);
    }

    private void lowWarnings(CreditAlerts alerts, Balances balances, @Nullable String who) {
        for (var currency : CreditCurrency.values()) {
            var balance = balances.of(currency);
            int available = balance.available();
            // a currency the member never had is not running low
            if (!balance.equals(Balance.EMPTY) && alerts.low(currency, available)) {
                var text = who == null ? getTranslation("dashboard.low.mine", TeamView.count(this, available, currency))
                        : getTranslation("dashboard.low.member", who, TeamView.count(this, available, currency));
                warnings.add(warning(text));
            }
        }
    }

    private Div warning(String text) {
        var icon = new Icon(VaadinIcon.WARNING);
        icon.getElement().setAttribute("aria-hidden", "true");
        var warning = new Div(icon, new Span(text));
        warning.addClassName("credit-warning");
        warning.getElement().setAttribute("role", "status");
        return warning;
    }

    private Div card(CreditCurrency currency, Balance balance, @Nullable String caption) {
        var title = new Span(getTranslation(currency == CreditCurrency.VIDEO ? "credits.video" : "credits.photo")
                + (caption == null ? "" : " · " + caption));
        title.addClassName("balance-title");
        var available = new Span(String.format(getLocale(), "%d", balance.available()));
        available.addClassName("balance-available");
        var detail = new Span(getTranslation("dashboard.balance.detail", balance.reserved(), balance.spent()));
        detail.addClassName("balance-detail");
        var card = new Div(title, available, detail);
        card.addClassName("balance-card");
        card.getElement().setAttribute("data-currency", currency.name());
        card.getElement().setAttribute("data-available", Integer.toString(balance.available()));
        card.getElement().setAttribute("data-reserved", Integer.toString(balance.reserved()));
        return card;
    }

    /** Vendors are asked over the network: the page opens at once and their balances follow. */
    private void showVendors(boolean fresh) {
        var ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        vendors.removeAll();
        var reading = new ProgressBar();
        reading.setIndeterminate(true);
        reading.addClassName("vendors-reading");
        var readingText = new Span(getTranslation("dashboard.vendors.reading"));
        readingText.addClassName("hint");
        vendors.add(new Div(readingText, reading));
        Background.load(ui, () -> vendorKeys.balances(fresh), read -> {
            vendors.removeAll();
            vendorWarnings.removeAll();
            if (read.isEmpty()) {
                vendors.add(new Paragraph(getTranslation("dashboard.vendors.none")));
                return;
            }
            var alerts = credits.alerts();
            read.forEach(account -> vendors.add(vendorCard(account, alerts)));
        }, () -> {
            vendors.removeAll();
            vendors.add(new Paragraph(getTranslation("vendor-keys.refused.unreachable")));
        });
    }

    private Div vendorCard(VendorAccountBalance account, CreditAlerts alerts) {
        var title = new Span(account.name() + (account.sandboxed() ? " · " + getTranslation("generation.sandbox") : ""));
        title.addClassName("balance-title");
        var card = new Div(title);
        card.addClassNames("balance-card", "vendor-balance");
        card.getElement().setAttribute("data-vendor", account.vendor());
        if (account.balance() != null) {
            var remaining = new Span(String.format(getLocale(), "%,d", account.balance().remaining()));
            remaining.addClassName("balance-available");
            card.add(remaining, new Span(getTranslation(account.balance().unitKey())));
            if (account.balance().remaining() <= alerts.vendor()) {
                vendorWarnings.add(warning(getTranslation("dashboard.low.vendor", account.name(), account.balance().remaining())));
            }
        } else if (account.problemKey() != null) {
            var problem = new Span(getTranslation(account.problemKey()));
            problem.addClassName("hint");
            card.add(problem);
        }
        var when = new Span(getTranslation("dashboard.vendors.read-at", Formats.dateTime(account.readAt(), getLocale())));
        when.addClassName("balance-detail");
        card.add(when);
        return card;
    }

    private void showUsage() {
        var report = dashboard.usage(period.getValue(), breakdown.getValue(), usageCurrency.getValue(), subject());
        var labels = report.starts().stream().map(start -> start.format(DateTimeFormatter.ofPattern(switch (report.period()) {
            case DAY, WEEK -> "d MMM";
            case MONTH -> "MMM yyyy";
        }, getLocale()))).toList();
        var series = new ArrayList<UsageChart.Series>();
        for (int i = 0; i < report.series().size(); i++) {
            var each = report.series().get(i);
            var label = report.by() == UsageBreakdown.MEMBER ? each.label() : getTranslation(each.label());
            series.add(new UsageChart.Series(label, each.values(), UsageChart.PALETTE.get(i % UsageChart.PALETTE.size())));
        }
        int total = report.series().stream().mapToInt(UsageReport.Series::total).sum();
        chart.show(labels, series, getTranslation("usage.summary", total, getTranslation(period.getValue().labelKey())));
        chart.getElement().setAttribute("data-total", Integer.toString(total));
        chartEmpty.setText(report.empty() ? getTranslation("usage.empty") : "");
        chartEmpty.setVisible(report.empty());
        showFigures(dashboard.providers(subject()));
    }

    private void showFigures(List<ProviderFigures> all) {
        figures.removeAll();
        if (all.isEmpty()) {
            var none = new Paragraph(getTranslation("figures.empty"));
            none.addClassName("hint");
            figures.add(none);
            return;
        }
        all.forEach(each -> {
            var name = new Span(getTranslation(each.nameKey()));
            name.addClassName("figure-name");
            var rate = new Span(getTranslation("figures.rate", Math.round(each.successRate() * 100), each.succeeded(),
                    each.succeeded() + each.failed()));
            rate.addClassName("figure-rate");
            var wait = new Span(each.medianWait() == null ? "" : getTranslation("figures.median", duration(each.medianWait())));
            wait.addClassName("figure-wait");
            var row = new Div(name, rate, wait);
            row.addClassName("figure-row");
            row.getElement().setAttribute("data-provider", each.providerId());
            figures.add(row);
        });
    }

    private String duration(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds < 90 ? getTranslation("figures.seconds", seconds) : getTranslation("figures.minutes", Math.round(seconds / 60.0));
    }

    private void showLedger() {
        var currency = ledgerCurrency.getValue() == null || ledgerCurrency.getValue().isEmpty() ? null
                : CreditCurrency.valueOf(ledgerCurrency.getValue());
        var kind = ledgerKind.getValue() == null || ledgerKind.getValue().isEmpty() ? Set.<String>of() : Set.of(ledgerKind.getValue());
        filter = new LedgerFilter(subject(), currency, kind, from.getValue(), to.getValue());
        ledger.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("credits.title"));
    }
}
