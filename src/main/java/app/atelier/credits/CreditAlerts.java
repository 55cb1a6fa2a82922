package app.atelier.credits;

import app.atelier.shared.CreditCurrency;
/**
 * When a balance counts as low, for the warnings: a member's available video or photo credits at
 * or under {@code memberVideo} / {@code memberPhoto}, a vendor account's remaining credits at or
 * under {@code vendor}.
 */
public record CreditAlerts(int memberVideo, int memberPhoto, int vendor) {

    public static final CreditAlerts DEFAULTS = new CreditAlerts(2, 2, 50);

    public int member(CreditCurrency currency) {
        return currency == CreditCurrency.VIDEO ? memberVideo : memberPhoto;
    }

    public boolean low(CreditCurrency currency, int available) {
        return available <= member(currency);
    }
}
