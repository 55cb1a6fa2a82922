package app.atelier.api.ui;

import app.atelier.account.ApiKeyCreation;
import app.atelier.account.ApiKeySummary;
import app.atelier.account.ApiKeys;
import app.atelier.account.Role;
import app.atelier.api.ApiSettings;
import app.atelier.api.ApiWebhooks;
import app.atelier.api.WebhookDelivery;
import app.atelier.shared.CurrentMember;
import app.atelier.ui.ConfirmDeletion;
import app.atelier.ui.CopyableLink;
import app.atelier.ui.Formats;
import app.atelier.ui.MainLayout;
import app.atelier.ui.ViewHeader;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a member makes and revokes their personal API keys, reads how to call the API, and follows
 * the webhooks Atelier sent for them; admins also see and revoke the team's keys and choose which
 * provider runs IA Créa's animation endpoint.
 */
@Route(value = "api-keys", layout = MainLayout.class)
@PageTitle("API")
@Menu(order = 3.5, icon = "vaadin:code", title = "nav.api")
@PermitAll
public class ApiView extends VerticalLayout {

    static final int DELIVERIES = 30;

    private final ApiKeys keys;
    private final ApiWebhooks webhooks;
    private final ApiSettings settings;
    private final boolean admin;
    private final Div mine = new Div();
    private final Div team = new Div();
    private final Div deliveries = new Div();

    ApiView(ApiKeys keys, ApiWebhooks webhooks, ApiSettings settings, CurrentMember currentMember) {
        this.keys = keys;
        this.webhooks = webhooks;
        this.settings = settings;
        this.admin = currentMember.has(Role.ADMIN.authority());
        addClassNames("view", "api-view");
        setPadding(false);
        var create = new Button(getTranslation("api.keys.new"), new Icon(VaadinIcon.PLUS), click -> openNewKey());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClassName("new-api-key");
        add(new ViewHeader(getTranslation("api.title"), getTranslation("api.description")).withPrimaryAction(create));
        add(howTo());
        mine.addClassNames("api-list", "my-keys");
        team.addClassNames("api-list", "team-keys");
        deliveries.addClassNames("api-list", "webhook-deliveries");
        add(section("api.keys.mine"), mine);
        if (admin) {
            add(section("api.keys.team"), team, providerChoice());
        }
        add(section("api.webhooks.title"), new Paragraph(getTranslation("api.webhooks.text")), deliveries);
        refresh();
    }

    private Component howTo() {
        var base = new CopyableLink(getTranslation("api.base-url"), CopyableLink.absolute("api"), "api-base-url");
        var docs = new Anchor("api/docs", getTranslation("api.docs"), AnchorTarget.BLANK);
        docs.addClassName("api-docs-link");
        docs.setRouterIgnore(true);
        var text = new Paragraph(getTranslation("api.how"));
        var box = new Div(text, base, docs);
        box.addClassName("api-how");
        return box;
    }

    private Component section(String key) {
        var title = new H2(getTranslation(key));
        title.addClassName("section-title");
        return title;
    }

    private Component providerChoice() {
        var choice = new Select<String>();
        choice.setLabel(getTranslation("api.animation-provider"));
        choice.setHelperText(getTranslation("api.animation-provider.help"));
        var providers = settings.animationChoices();
        choice.setItems(providers.stream().map(provider -> provider.id()).toList());
        choice.setItemLabelGenerator(id -> providers.stream().filter(provider -> provider.id().equals(id)).findFirst()
                .map(provider -> getTranslation(provider.nameKey())).orElse(id));
        choice.setValue(settings.animationProvider());
        choice.addClassName("api-animation-provider");
        choice.setWidth("min(100%, 34rem)");
        choice.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null && settings.setAnimationProvider(change.getValue())) {
                Notification.show(getTranslation("api.animation-provider.saved"));
            }
        });
        return choice;
    }

    private void refresh() {
        mine.removeAll();
        var own = keys.mine();
        if (own.isEmpty()) {
            mine.add(empty("api.keys.none"));
        }
        own.forEach(key -> mine.add(row(key, false)));
        if (admin) {
            team.removeAll();
            keys.team().forEach(key -> team.add(row(key, true)));
        }
        deliveries.removeAll();
        var sent = webhooks.mine(DELIVERIES);
        if (sent.isEmpty()) {
            deliveries.add(empty("api.webhooks.none"));
        }
        sent.forEach(delivery -> deliveries.add(row(delivery)));
    }

    private Component empty(String key) {
        var text = new Paragraph(getTranslation(key));
        text.addClassName("api-empty");
        return text;
    }

    private Component row(ApiKeySummary key, boolean withOwner) {
        var title = new Span(key.name());
        title.addClassName("share-row-title");
        var state = new Badge(getTranslation(key.active() ? "api.keys.active" : "api.keys.revoked"));
        var head = new Div(title, new Span(key.start()), state);
        head.addClassName("share-row-head");
        var facts = new Span(List.of(
                        withOwner ? key.memberName() : "",
                        getTranslation("api.keys.created", Formats.date(key.createdAt(), getLocale())),
                        key.lastUsedAt() == null ? getTranslation("api.keys.never-used")
                                : getTranslation("api.keys.used", Formats.dateTime(key.lastUsedAt(), getLocale())))
                .stream().filter(text -> !text.isEmpty()).collect(Collectors.joining(" · ")));
        facts.addClassName("share-row-facts");
        var text = new Div(head, facts);
        text.addClassName("share-row-text");
        var row = new Div(text);
        row.addClassNames("api-row", "api-key-row");
        row.getElement().setAttribute("data-state", key.active() ? "ACTIVE" : "REVOKED");
        if (key.active()) {
            var revoke = new Button(getTranslation("api.keys.revoke"), click -> new ConfirmDeletion(
                    getTranslation("api.keys.revoke.title", key.name()), getTranslation("api.keys.revoke.text"),
                    getTranslation("api.keys.revoke"), () -> {
                        keys.revoke(key.id());
                        refresh();
                    }).open());
            revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            revoke.addClassName("revoke-key");
            row.add(revoke);
        }
        return row;
    }

    private Component row(WebhookDelivery delivery) {
        var title = new Span(delivery.url());
        title.addClassNames("share-row-title", "webhook-url");
        var state = new Badge(getTranslation(stateKey(delivery.state())));
        var head = new Div(title, state);
        head.addClassName("share-row-head");
        var tries = delivery.tries().stream().map(attempt -> getTranslation("api.webhooks.attempt", attempt.number(),
                        Formats.dateTime(attempt.at(), getLocale()),
                        attempt.status() != null ? "HTTP " + attempt.status() : attempt.error() == null ? "" : attempt.error()))
                .collect(Collectors.joining(" · "));
        var facts = new Span(getTranslation("api.webhooks.for", delivery.generationId().toString().substring(0, 8),
                Formats.dateTime(delivery.createdAt(), getLocale())) + (tries.isEmpty() ? "" : " · " + tries));
        facts.addClassName("share-row-facts");
        var text = new Div(head, facts);
        text.addClassName("share-row-text");
        var row = new Div(text);
        row.addClassNames("api-row", "webhook-row");
        row.getElement().setAttribute("data-state", delivery.state());
        return row;
    }

    private static String stateKey(String state) {
        return switch (state) {
            case "WAITING" -> "api.webhooks.state.WAITING";
            case "DUE" -> "api.webhooks.state.DUE";
            case "DELIVERED" -> "api.webhooks.state.DELIVERED";
            default -> "api.webhooks.state.GAVE_UP";
        };
    }

    private void openNewKey() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("api.keys.new"));
        dialog.addClassName("new-key-dialog");
        var name = new TextField(getTranslation("api.keys.name"));
        name.setPlaceholder(getTranslation("api.keys.name.placeholder"));
        name.setMaxLength(ApiKeys.MAX_NAME);
        name.setWidthFull();
        name.addClassName("api-key-name");
        var cancel = new Button(getTranslation("common.cancel"), click -> dialog.close());
        var create = new Button(getTranslation("api.keys.create"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClassName("create-key");
        create.addClickListener(click -> {
            switch (keys.create(name.getValue())) {
                case ApiKeyCreation.Invalid invalid -> {
                    name.setInvalid(true);
                    name.setErrorMessage(getTranslation(invalid.problem()));
                }
                case ApiKeyCreation.Created created -> {
                    dialog.removeAll();
                    dialog.getFooter().removeAll();
                    var warning = new Paragraph(getTranslation("api.keys.shown-once"));
                    warning.addClassName("api-key-warning");
                    var secret = webhooks.signingSecret(created.summary().id()).orElse("");
                    dialog.add(warning, new CopyableLink(getTranslation("api.keys.key"), created.key(), "new-api-key-value"),
                            new CopyableLink(getTranslation("api.keys.signing-secret"), secret, "signing-secret-value"));
                    var done = new Button(getTranslation("common.close"), close -> dialog.close());
                    done.addThemeVariants(ButtonVariant.PRIMARY);
                    dialog.getFooter().add(done);
                    refresh();
                }
            }
        });
        dialog.add(new Paragraph(getTranslation("api.keys.new.text")), name);
        dialog.getFooter().add(cancel, create);
        dialog.open();
        name.focus();
    }
}
