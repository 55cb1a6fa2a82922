package app.atelier.management.ui;

import app.atelier.account.AccountService;
import app.atelier.account.Role;
import app.atelier.credits.Balance;
import app.atelier.credits.Balances;
import app.atelier.credits.CreditAlerts;
import app.atelier.credits.Credits;
import app.atelier.credits.CreditsChanged;
import app.atelier.management.Dashboard;
import app.atelier.provider.VendorAccountBalance;
import app.atelier.provider.VendorKeys;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.LiveUpdates;
import app.atelier.ui.Background;
import app.atelier.ui.Formats;
import app.atelier.ui.Live;
import app.atelier.ui.ViewHeader;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Map;
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
    final Anchor export = new Anchor();
    private final UsageSection usage;
    private final LedgerSection ledgerSection;

    CreditsView(Credits credits, Dashboard dashboard, VendorKeys vendorKeys, AccountService accounts,
                CurrentMember currentMember, LiveUpdates updates) {
        this.credits = credits;
        this.dashboard = dashboard;
        this.vendorKeys = vendorKeys;
        this.admin = currentMember.has(Role.ADMIN.authority());
        var signedIn = currentMember.require();
        this.me = signedIn.actorId();
        this.names = accounts.teammates();
        addClassNames("view", "credits-view");
        this.usage = new UsageSection(dashboard, admin, this::subject);
        this.ledgerSection = new LedgerSection(dashboard, admin, this::subject);

        balances.addClassName("balance-cards");
        warnings.addClassName("credit-warnings");
        vendorWarnings.addClassName("credit-warnings");
        vendors.addClassName("vendor-balances");
        add(header(dashboard));
        if (admin) {
            add(memberChoice());
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
        add(usage, ledgerSection);
        Live.follow(this, updates, CreditsChanged.class,
                changed -> changed.teamId().equals(signedIn.teamId()) && (admin || changed.memberId().equals(me)),
                changes -> refresh(), this::refresh);
        if (admin) {
            addAttachListener(attached -> showVendors(false));
        }
    }

    /** The title, and the export of what the ledger shows. */
    private ViewHeader header(Dashboard dashboard) {
        export.setText(getTranslation("dashboard.export"));
        export.addClassName("export-ledger");
        var ui = UI.getCurrent();
        export.setHref(new LedgerExport(dashboard, ledgerSection::filter,
                (key, arguments) -> getTranslation(getLocale(), key, arguments), getLocale(), () -> Formats.zone(ui)));
        export.getElement().setAttribute("download", true);
        var exportButton = new Button(getTranslation("dashboard.export"), new Icon(VaadinIcon.DOWNLOAD));
        exportButton.addThemeVariants(ButtonVariant.PRIMARY);
        exportButton.setTabIndex(-1);
        export.removeAll();
        export.add(exportButton);
        return new ViewHeader(getTranslation("credits.title"), getTranslation(admin ? "dashboard.description.admin"
                : "credits.description")).withPrimaryAction(export);
    }

    /** An admin sees everyone's credits, or one member's. */
    private Select<String> memberChoice() {
        member.setLabel(getTranslation("dashboard.member"));
        var choices = new ArrayList<String>();
        choices.add(EVERYONE);
        names.keySet().forEach(id -> choices.add(id.toString()));
        member.setItems(choices);
        member.setItemLabelGenerator(id -> id.isEmpty() ? getTranslation("dashboard.everyone")
                : names.getOrDefault(UUID.fromString(id), id));
        member.setValue(EVERYONE);
        member.addClassName("dashboard-member");
        member.addValueChangeListener(change -> refresh());
        return member;
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
        usage.show();
        ledgerSection.show();
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

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("credits.title"));
    }
}
