package app.atelier.credits;

import app.atelier.shared.CreditCurrency;
/** The outcome of reserving credits for one or more generations: all of them, or none. */
public sealed interface Reservation {

    record Reserved() implements Reservation {
    }

    /** Refused: the member has {@code available} and {@code needed} more than that. */
    record NotEnough(CreditCurrency currency, int needed, int available) implements Reservation {
    }
}
