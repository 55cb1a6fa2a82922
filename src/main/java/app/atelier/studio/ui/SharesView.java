package app.atelier.studio.ui;

import app.atelier.sharing.ShareSummary;
import app.atelier.sharing.Shares;
import app.atelier.ui.ConfirmDeletion;
import app.atelier.ui.EmptyState;
import app.atelier.ui.Formats;
import app.atelier.ui.ViewHeader;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

/**
 * The share links: an admin sees all of the team's, a member their own; each with what it shows, who
 * made it, when it closes, how often it was opened, and a way to close it at once (confirmed).
 */
@Route("shares")
@Menu(order = 1.5, icon = "vaadin:link", title = "nav.shares")
@PermitAll
public class SharesView extends Main implements HasDynamicTitle {

    private final Shares shares;
    final Div list = new Div();

    SharesView(Shares shares) {
        this.shares = shares;
        addClassNames("view", "shares-view");
        list.addClassName("share-list");
        add(new ViewHeader(getTranslation("shares.title"), getTranslation("shares.description")), list);
        show();
    }

    private void show() {
        list.removeAll();
        var all = shares.list();
        if (all.isEmpty()) {
            list.add(new EmptyState(VaadinIcon.LINK, getTranslation("shares.empty.title"), getTranslation("shares.empty.text")));
            return;
        }
        all.forEach(share -> list.add(row(share)));
    }

    private Div row(ShareSummary share) {
        var title = new RouterLink(share.title(), ProjectView.class,
                new RouteParameters(ProjectView.PROJECT, share.projectId().toString()));
        title.addClassName("share-row-title");
        var state = new Badge(getTranslation(share.state().labelKey()));
        state.addClassName("share-state");
        state.addThemeVariants(share.state() == ShareSummary.State.OPEN ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST);
        var head = new Div(title, state);
        head.addClassName("share-row-head");
        var facts = new Span(facts(share));
        facts.addClassName("share-row-facts");
        var text = new Div(head, facts);
        text.addClassName("share-row-text");
        var row = new Div(text);
        row.addClassName("share-row");
        row.getElement().setAttribute("data-share", share.id().toString());
        row.getElement().setAttribute("data-state", share.state().name());
        if (share.mayRevoke()) {
            row.add(revoke(share));
        }
        return row;
    }

    /** How many results, who made it and when, until when it opens (or since when it no longer does), how often it was opened. */
    private String facts(ShareSummary share) {
        return String.join(" · ",
                getTranslation("shares.items", share.items()),
                getTranslation("shares.by", share.createdBy(), Formats.dateTime(share.createdAt(), getLocale())),
                switch (share.state()) {
                    case OPEN -> getTranslation("shares.until", Formats.dateTime(share.expiresAt(), getLocale()));
                    case EXPIRED -> getTranslation("shares.expired", Formats.dateTime(share.expiresAt(), getLocale()));
                    case REVOKED -> getTranslation("shares.revoked", Formats.dateTime(share.revokedAt() == null
                            ? share.expiresAt() : share.revokedAt(), getLocale()));
                },
                getTranslation("shares.views", share.views())
        ) + (share.labelled() ? " · " + getTranslation("shares.labelled") : "");
    }

    private Button revoke(ShareSummary share) {
        var revoke = new Button(getTranslation("shares.revoke"), click -> new ConfirmDeletion(
                getTranslation("shares.revoke.title", share.title()), getTranslation("shares.revoke.text"),
                getTranslation("shares.revoke"), () -> {
                    boolean done = shares.revoke(share.id());
                    Notification.show(getTranslation(done ? "shares.revoke.done" : "shares.revoke.gone"), 4000,
                            Notification.Position.BOTTOM_START)
                            .addThemeVariants(done ? NotificationVariant.SUCCESS : NotificationVariant.WARNING);
                    show();
                }).open());
        revoke.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR, ButtonVariant.SMALL);
        revoke.addClassName("revoke-share");
        return revoke;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("shares.title"));
    }
}
