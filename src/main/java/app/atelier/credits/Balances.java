package app.atelier.credits;

/** A member's video and photo credits. */
public record Balances(Balance video, Balance photo) {

    public Balance of(CreditCurrency currency) {
        return currency == CreditCurrency.VIDEO ? video : photo;
    }
}
