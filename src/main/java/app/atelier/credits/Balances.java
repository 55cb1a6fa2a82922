package app.atelier.credits;

import app.atelier.shared.CreditCurrency;
/** A member's video and photo credits. */
public record Balances(Balance video, Balance photo) {

    public Balance of(CreditCurrency currency) {
        return currency == CreditCurrency.VIDEO ? video : photo;
    }
}
