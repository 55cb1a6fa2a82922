package app.atelier.provider;

import app.atelier.shared.CreditCurrency;

/** What one generation costs the member, in credits of one currency (zero: free). */
public record Cost(CreditCurrency currency, int amount) {

    public Cost {
        if (amount < 0) {
            throw new IllegalArgumentException("A cost cannot be negative");
        }
    }

    public int times(int generations) {
        return Math.multiplyExact(amount, generations);
    }
}
