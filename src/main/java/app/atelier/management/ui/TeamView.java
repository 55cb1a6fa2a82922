package app.atelier.management.ui;

import app.atelier.account.PendingInvitation;
import app.atelier.account.Role;
import app.atelier.account.TeamAdmin;
import app.atelier.account.TeamAdminResult;
import app.atelier.account.TeamChanged;
import app.atelier.account.TeamLinkResult;
import app.atelier.account.TeamMate;
import app.atelier.credits.Balances;
import app.atelier.credits.Credits;
import app.atelier.credits.CreditsChanged;
import app.atelier.notification.Notifications;
import app.atelier.provider.PublicReach;
import app.atelier.provider.VendorKeys;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.LiveUpdates;
import app.atelier.ui.EmptyState;
import app.atelier.ui.Formats;
import app.atelier.ui.Live;
import app.atelier.ui.ViewHeader;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The team's administration, for admins: members (invite, role, credits, reset link, deactivate),
 * the vendor keys and what the public address allows, and when balances count as low. The member
 * list follows changes made elsewhere (an invitation answered, credits spent) as they happen.
 */
@Route("team")
@Menu(order = 3, icon = "vaadin:users", title = "nav.team")
@RolesAllowed(Role.ADMIN_NAME)
public class TeamView extends Main implements HasDynamicTitle {

    private final TeamAdmin team;
    private final Credits credits;
    private final Notifications notifications;
    final Div members = new Div();
    final Div invitations = new Div();
    final Button invite = new Button();
    final TabSheet tabs = new TabSheet();
    private final Map<UUID, Span> creditLines = new HashMap<>();

    TeamView(TeamAdmin team, Credits credits, VendorKeys vendorKeys, PublicReach reach, CurrentMember currentMember,
             LiveUpdates updates, Notifications notifications) {
        this.team = team;
        this.credits = credits;
        this.notifications = notifications;
        addClassNames("view", "team-view");
        invite.setText(getTranslation("team.invite"));
        invite.setIcon(new Icon(VaadinIcon.PLUS));
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        invite.addClassName("invite-member");
        invite.addClickListener(click -> new InviteDialog(team, notifications, this::show).open());
        members.addClassName("member-list");
        invitations.addClassName("invitation-list");
        var membersTab = new Div(members, invitations);
        membersTab.addClassName("team-members");
        tabs.addClassName("team-tabs");
        tabs.add(getTranslation("team.tab.members"), membersTab);
        tabs.add(getTranslation("team.tab.vendors"), new VendorKeysPanel(vendorKeys, reach));
        tabs.add(getTranslation("team.tab.alerts"), new AlertsPanel(credits));
        tabs.setWidthFull();
        add(new ViewHeader(getTranslation("team.title"), getTranslation("team.description")).withPrimaryAction(invite), tabs);
        var teamId = currentMember.require().teamId();
        Live.follow(this, updates, TeamChanged.class, changed -> changed.teamId().equals(teamId), changes -> show(), this::show);
        // credits move with every generation: only that member's line changes, so an open menu stays open
        Live.follow(this, updates, CreditsChanged.class, changed -> changed.teamId().equals(teamId),
                changes -> changes.stream().map(CreditsChanged::memberId).distinct().forEach(this::showCredits), () -> { });
    }

    /** Writes one member's credits again, in place. */
    void showCredits(UUID memberId) {
        var line = creditLines.get(memberId);
        if (line == null) {
            return;
        }
        var allowances = new EnumMap<CreditCurrency, Integer>(CreditCurrency.class);
        credits.allowances().stream().filter(allowance -> allowance.memberId().equals(memberId))
                .forEach(allowance -> allowances.put(allowance.currency(), allowance.monthly()));
        line.setText(creditsOf(credits.of(memberId).orElse(null), allowances));
    }

    void show() {
        var mates = team.members();
        var balances = credits.team();
        var allowances = new HashMap<UUID, Map<CreditCurrency, Integer>>();
        credits.allowances().forEach(allowance -> allowances.computeIfAbsent(allowance.memberId(), id -> new HashMap<>())
                .put(allowance.currency(), allowance.monthly()));
        members.removeAll();
        creditLines.clear();
        mates.forEach(mate -> members.add(row(mate, balances.getOrDefault(mate.id(), null), allowances.getOrDefault(mate.id(), Map.of()))));
        showInvitations(team.invitations());
    }

    private Div row(TeamMate mate, @Nullable Balances balances, Map<CreditCurrency, Integer> allowances) {
        var name = new Span(mate.name() + (mate.you() ? " " + getTranslation("team.you") : ""));
        name.addClassName("mate-name");
        var role = new Badge(getTranslation(mate.role().labelKey()));
        role.addClassName("member-role");
        var head = new Div(name, role);
        head.addClassName("member-row-head");
        if (!mate.active()) {
            var inactive = new Badge(getTranslation("team.inactive"));
            inactive.addThemeVariants(BadgeVariant.CONTRAST);
            inactive.addClassName("member-inactive");
            head.add(inactive);
        }
        var facts = new Span(String.join(" · ", mate.email(),
                getTranslation("team.joined", Formats.date(mate.joinedAt(), getLocale()))));
        facts.addClassName("member-facts");
        var money = new Span(creditsOf(balances, allowances));
        money.addClassName("member-credits");
        creditLines.put(mate.id(), money);
        var text = new Div(head, facts, money);
        text.addClassName("member-row-text");
        var row = new Div(text, actions(mate));
        row.addClassName("member-row");
        row.getElement().setAttribute("data-member", mate.id().toString());
        row.getElement().setAttribute("data-active", Boolean.toString(mate.active()));
        return row;
    }

    private String creditsOf(@Nullable Balances balances, Map<CreditCurrency, Integer> allowances) {
        return credit(balances, CreditCurrency.VIDEO, allowances) + " · " + credit(balances, CreditCurrency.PHOTO, allowances);
    }

    private String credit(@Nullable Balances balances, CreditCurrency currency, Map<CreditCurrency, Integer> allowances) {
        var balance = balances == null ? null : balances.of(currency);
        var text = count(this, balance == null ? 0 : balance.available(), currency);
        if (balance != null && balance.reserved() > 0) {
            text += " " + getTranslation("credits.reserved-short", balance.reserved());
        }
        var monthly = allowances.get(currency);
        return monthly == null ? text : text + " " + getTranslation("team.allowance-short", monthly);
    }

    /** "5 crédits vidéo", in the component's language. */
    static String count(com.vaadin.flow.component.Component in, int amount, CreditCurrency currency) {
        return in.getTranslation("credits.count", amount, in.getTranslation(currency.labelKey(), amount));
    }

    private MenuBar actions(TeamMate mate) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_ICON);
        menu.addClassName("member-actions");
        var root = menu.addItem(new Icon(VaadinIcon.ELLIPSIS_DOTS_H));
        root.setAriaLabel(getTranslation("team.actions", mate.name()));
        var items = root.getSubMenu();
        items.addItem(getTranslation("team.credits"), click -> new MemberCreditsDialog(credits, mate, this::show).open())
                .addClassName("member-credits-action");
        var roles = items.addItem(getTranslation("team.role")).getSubMenu();
        for (var role : Role.values()) {
            var item = roles.addItem(getTranslation(role.labelKey()), click -> answer(team.changeRole(mate.id(), role),
                    getTranslation("team.role.done", mate.name(), getTranslation(role.labelKey()))));
            item.setCheckable(true);
            item.setChecked(role == mate.role());
        }
        if (mate.active()) {
            items.addItem(getTranslation("team.reset"), click -> resetLink(mate)).addClassName("member-reset");
            if (!mate.you()) {
                items.addItem(getTranslation("team.deactivate"), click -> answer(team.activate(mate.id(), false),
                        getTranslation("team.deactivate.done", mate.name()))).addClassName("member-deactivate");
            }
        } else {
            items.addItem(getTranslation("team.reactivate"), click -> answer(team.activate(mate.id(), true),
                    getTranslation("team.reactivate.done", mate.name()))).addClassName("member-reactivate");
        }
        return menu;
    }

    private void resetLink(TeamMate mate) {
        switch (team.resetLink(mate.id())) {
            case TeamLinkResult.Made made -> new LinkDialog(getTranslation("team.reset.title", mate.name()),
                    getTranslation("team.reset.text", mate.name(), Formats.dateTime(made.link().expiresAt(), getLocale())),
                    made.link(), "reset-address", notifications).open();
            case TeamLinkResult.Refused refused -> refuse(refused.messageKey());
        }
    }

    private void answer(TeamAdminResult result, String done) {
        switch (result) {
            case TeamAdminResult.Done ignored -> {
                Notification.show(done, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
                show();
            }
            case TeamAdminResult.Refused refused -> refuse(refused.messageKey());
        }
    }

    private void refuse(String messageKey) {
        Notification.show(getTranslation(messageKey), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.WARNING);
    }

    private void showInvitations(List<PendingInvitation> pending) {
        invitations.removeAll();
        if (pending.isEmpty()) {
            if (members.getChildren().count() <= 1) {
                invitations.add(new EmptyState(VaadinIcon.ENVELOPE_O, getTranslation("team.empty.title"),
                        getTranslation("team.empty.text")));
            }
            return;
        }
        invitations.add(new H2(getTranslation("team.invitations")));
        pending.forEach(invitation -> {
            var email = new Span(invitation.email());
            email.addClassName("invitation-email");
            var facts = new Span(String.join(" · ", getTranslation(invitation.role().labelKey()),
                    getTranslation("team.invited-by", invitation.invitedBy(), Formats.dateTime(invitation.createdAt(), getLocale())),
                    getTranslation("shares.until", Formats.dateTime(invitation.expiresAt(), getLocale()))));
            facts.addClassName("member-facts");
            var withdraw = new Button(getTranslation("team.withdraw"), click -> {
                team.withdraw(invitation.id());
                show();
            });
            withdraw.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR, ButtonVariant.SMALL);
            withdraw.addClassName("withdraw-invitation");
            var text = new Div(email, facts);
            text.addClassName("member-row-text");
            var row = new Div(text, withdraw);
            row.addClassNames("member-row", "invitation-row");
            invitations.add(row);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("team.title"));
    }
}
