package app.atelier.management;

import app.atelier.shared.CreditCurrency;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Which ledger entries to list. A member always sees their own; an admin anyone's ({@code member}
 * empty: the whole team).
 *
 * @param kinds GRANT, REMOVE, RESERVE, SETTLE, RELEASE; empty: all
 * @param from  first day (in the team's time zone), inclusive
 * @param to    last day, inclusive
 */
public record LedgerFilter(@Nullable UUID member, @Nullable CreditCurrency currency, Set<String> kinds,
                           @Nullable LocalDate from, @Nullable LocalDate to) {

    public static final LedgerFilter ALL = new LedgerFilter(null, null, Set.of(), null, null);

    public LedgerFilter {
        kinds = Set.copyOf(kinds);
    }

    public LedgerFilter withMember(@Nullable UUID member) {
        return new LedgerFilter(member, currency, kinds, from, to);
    }
}
