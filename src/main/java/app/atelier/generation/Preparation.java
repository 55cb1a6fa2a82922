package app.atelier.generation;

import app.atelier.shared.CreditCurrency;

import java.util.Map;

/** What checking a request gave, before anything is stored: ready to submit, or why not. */
public sealed interface Preparation {

    record Ready(Prepared prepared) implements Preparation {
    }

    /** The member has {@code available} credits and the request needs {@code needed}. */
    record NotEnoughCredits(CreditCurrency currency, int needed, int available) implements Preparation {
    }

    /** @param problems what is wrong (an option key, or "project", "photos", "provider", "continues") to an i18n key */
    record Invalid(Map<String, String> problems) implements Preparation {
    }

    /** The same outcome, as a submission that stopped before storing anything says it. */
    default SubmitResult refusal() {
        return switch (this) {
            case Ready ready -> throw new IllegalStateException("A ready request is submitted, not refused");
            case NotEnoughCredits(var currency, var needed, var available) ->
                    new SubmitResult.NotEnoughCredits(currency, needed, available);
            case Invalid(var problems) -> new SubmitResult.Invalid(problems);
        };
    }
}
