package app.atelier.credits;

/** What an admin's grant or removal of credits came to. */
public sealed interface Adjustment {

    /** Written to the ledger; the member's balances after it. */
    record Done(Balances balances) implements Adjustment {
    }

    /**
     * Refused, nothing written.
     *
     * @param messageKey i18n key of the reason; {@code available} fills it where it says how many are left
     */
    record Refused(String messageKey, int available) implements Adjustment {
    }
}
