package app.atelier.credits.ui;

import app.atelier.credits.Balance;
import app.atelier.credits.Balances;
import app.atelier.credits.Credits;
import app.atelier.credits.CreditsChanged;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.LiveUpdates;
import app.atelier.ui.Live;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.UUID;

/**
 * The member's video and photo credits in the header, kept up to date live (a submit, a refund, a
 * grant elsewhere). Each count links to the credits page; its label says what it counts.
 */
class CreditBalances extends Anchor {

    private final Credits credits;
    private final Span video = new Span();
    private final Span photo = new Span();

    CreditBalances(Credits credits, LiveUpdates updates, UUID memberId) {
        super("credits");
        this.credits = credits;
        addClassName("shell-widget");
        addClassName("credit-balances");
        add(chip(VaadinIcon.FILM, video), chip(VaadinIcon.PICTURE, photo));
        Live.follow(this, updates, CreditsChanged.class, changed -> changed.memberId().equals(memberId),
                changes -> show(credits.mine()), () -> show(credits.mine()));
    }

    private static Span chip(VaadinIcon glyph, Span count) {
        var icon = new Icon(glyph);
        icon.getElement().setAttribute("aria-hidden", "true");
        count.addClassName("credit-count");
        var chip = new Span(icon, count);
        chip.addClassName("credit-chip");
        return chip;
    }

    void show(Balances balances) {
        show(video, CreditCurrency.VIDEO, balances.video());
        show(photo, CreditCurrency.PHOTO, balances.photo());
        var label = getTranslation("credits.balance.summary", balances.video().available(), balances.photo().available());
        getElement().setAttribute("aria-label", label);
        getElement().setAttribute("title", label);
    }

    private void show(Span count, CreditCurrency currency, Balance balance) {
        count.setText(String.format(getLocale(), "%d", balance.available()));
        count.getElement().setAttribute("data-currency", currency.name());
        count.getElement().setAttribute("data-reserved", Integer.toString(balance.reserved()));
    }
}
