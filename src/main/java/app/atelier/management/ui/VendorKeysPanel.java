package app.atelier.management.ui;

import app.atelier.provider.KeyCheck;
import app.atelier.provider.PublicReach;
import app.atelier.provider.PublicUrlCheck;
import app.atelier.provider.VendorKeyState;
import app.atelier.provider.VendorKeys;
import app.atelier.ui.ConfirmDeletion;
import app.atelier.ui.Formats;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The vendor keys (entered, checked against the vendor's balance call, removed; never shown again,
 * only their last four characters) and what the public address allows.
 */
class VendorKeysPanel extends Div {

    private final VendorKeys keys;
    private final PublicReach reach;
    final Div cards = new Div();
    final Div publicUrl = new Div();

    VendorKeysPanel(VendorKeys keys, PublicReach reach) {
        this.keys = keys;
        this.reach = reach;
        addClassName("vendor-keys");
        cards.addClassName("vendor-cards");
        publicUrl.addClassName("public-url");
        var intro = new Paragraph(getTranslation("vendor-keys.intro"));
        intro.addClassName("hint");
        var check = new Button(getTranslation("public-url.check"), click -> showPublicUrl(reach.check()));
        check.addClassName("check-public-url");
        var publicHead = new Div(new H2(getTranslation("public-url.title")), check);
        publicHead.addClassName("section-head");
        add(new H2(getTranslation("vendor-keys.title")), intro, cards, publicHead, publicUrl);
        showCards();
        var publicIntro = new Paragraph(getTranslation("public-url.intro"));
        publicIntro.getElement().setAttribute("title", getTranslation("public-url.setting"));
        publicUrl.add(publicIntro);
    }

    private void showCards() {
        cards.removeAll();
        keys.states().forEach(state -> cards.add(card(state)));
    }

    private Div card(VendorKeyState state) {
        var head = new Div(new H3(state.name()), source(state));
        head.addClassName("vendor-card-head");
        var card = new Div(head);
        card.addClassName("vendor-card");
        card.getElement().setAttribute("data-vendor", state.vendor());
        if (state.savedAt() != null) {
            var saved = new Span(getTranslation("vendor-keys.saved-at", Formats.dateTime(state.savedAt(), getLocale()))
                    + (state.accountId() == null ? "" : " · " + getTranslation("vendor-keys.account", state.accountId())));
            saved.addClassName("hint");
            card.add(saved);
        }
        var key = new PasswordField(getTranslation("vendor-keys.key"));
        key.setPlaceholder(state.source() == VendorKeyState.Source.SAVED ? "••••" + state.hint() : "");
        key.setHelperText(getTranslation("vendor-keys.key.hint"));
        // the setting's name is for whoever runs the server, not for the team: on hover only
        key.getElement().setAttribute("title", getTranslation("vendor-keys.key.setting", state.keySetting()));
        key.addClassName("vendor-key");
        key.setWidthFull();
        var account = new TextField(getTranslation("vendor-keys.account-id"));
        account.setHelperText(getTranslation("vendor-keys.account-id.hint"));
        account.addClassName("vendor-account");
        account.setWidthFull();
        if (state.accountId() != null) {
            account.setValue(state.accountId());
        }
        card.add(key);
        if (state.needsAccountId()) {
            card.add(account);
        }
        var outcome = new Paragraph();
        outcome.addClassName("key-outcome");
        outcome.getElement().setAttribute("role", "status");
        card.add(buttons(state, key, account, outcome), outcome);
        return card;
    }

    /** Where the key in use comes from: saved here, the settings, the sandbox standing in, or nowhere. */
    private Badge source(VendorKeyState state) {
        var source = new Badge(switch (state.source()) {
            case SAVED -> getTranslation("vendor-keys.source.saved", state.hint());
            case SETTINGS -> getTranslation("vendor-keys.source.settings");
            case SANDBOX -> getTranslation("vendor-keys.source.sandbox");
            case NONE -> getTranslation("vendor-keys.source.none");
        });
        source.addThemeVariants(switch (state.source()) {
            case SAVED, SETTINGS -> BadgeVariant.SUCCESS;
            case SANDBOX -> BadgeVariant.CONTRAST;
            case NONE -> BadgeVariant.ERROR;
        });
        source.addClassName("key-source");
        return source;
    }

    /** Check a key with the vendor, save it, or remove the saved one (the settings' key or the sandbox serves again). */
    private Div buttons(VendorKeyState state, PasswordField key, TextField account, Paragraph outcome) {
        var check = new Button(getTranslation("vendor-keys.check"), click ->
                show(outcome, keys.check(state.vendor(), key.getValue(), account.getValue())));
        check.addClassName("check-key");
        var save = new Button(getTranslation("vendor-keys.save"), click -> {
            var result = keys.save(state.vendor(), key.getValue(), account.getValue());
            show(outcome, result);
            if (result.saved()) {
                showCards();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save-key");
        var buttons = new Div(check, save);
        buttons.addClassName("dialog-buttons");
        if (state.source() == VendorKeyState.Source.SAVED) {
            var remove = new Button(getTranslation("vendor-keys.remove"), click -> new ConfirmDeletion(
                    getTranslation("vendor-keys.remove.title", state.name()), getTranslation("vendor-keys.remove.text"),
                    getTranslation("vendor-keys.remove"), () -> {
                        keys.remove(state.vendor());
                        showCards();
                    }).open());
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.addClassName("remove-key");
            buttons.add(remove);
        }
        return buttons;
    }

    private void show(Paragraph outcome, KeyCheck check) {
        outcome.removeClassNames("ok", "error");
        switch (check) {
            case KeyCheck.Accepted accepted -> {
                var balance = accepted.balance() == null ? getTranslation("vendor-keys.accepted.no-balance")
                        : getTranslation("vendor-keys.accepted.balance", accepted.balance().remaining(),
                        getTranslation(accepted.balance().unitKey()));
                outcome.setText((accepted.saved() ? getTranslation("vendor-keys.saved") + " " : "") + balance);
                outcome.addClassName("ok");
            }
            case KeyCheck.Refused refused -> {
                outcome.setText(getTranslation(refused.messageKey())
                        + (refused.detail().isBlank() ? "" : " (" + refused.detail() + ")")
                        + (refused.saved() ? " " + getTranslation("vendor-keys.saved-unchecked") : ""));
                outcome.addClassName("error");
            }
        }
    }

    private void showPublicUrl(PublicUrlCheck check) {
        publicUrl.removeAll();
        var address = new Paragraph(check.url().toString());
        address.addClassName("public-url-address");
        var facts = new UnorderedList(
                fact(check.https(), check.https() ? "public-url.https" : "public-url.http"),
                fact(check.publicHost(), check.publicHost() ? "public-url.public" : "public-url.private"),
                fact(check.reachable(), check.reachable() ? "public-url.reachable" : "public-url.unreachable"));
        facts.addClassName("public-url-facts");
        var meaning = new Paragraph(getTranslation(check.vendorsReachUs() ? "public-url.meaning.callbacks" : "public-url.meaning.polling"));
        meaning.addClassName("public-url-meaning");
        publicUrl.add(address, facts, meaning);
        if (check.problem() != null) {
            var problem = new Paragraph(getTranslation("public-url.problem", check.problem()));
            problem.addClassName("hint");
            publicUrl.add(problem);
        }
    }

    private ListItem fact(boolean good, String key) {
        var item = new ListItem(getTranslation(key));
        item.addClassName(good ? "ok" : "warning");
        return item;
    }
}
