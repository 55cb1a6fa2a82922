package app.atelier.management;

import app.atelier.provider.GenerationKind;
import app.atelier.shared.CreditCurrency;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * One ledger entry, with the names around it.
 *
 * @param kind      GRANT, REMOVE, RESERVE or RELEASE (a settlement is not a line of its own: it is what
 *                  became of its reservation, {@code closed})
 * @param amount    the entry's amount (never negative)
 * @param change    what it did to the credits available: +5 granted, -1 reserved, 0 settled
 * @param project   the generation's project, when it still exists
 * @param byName    who wrote it (an admin's grant), empty for the system
 * @param note      the admin's reason, or the system's ({@code starting grant}, {@code allowance:2026-11})
 * @param closed    for a reservation, how it ended: SETTLE (spent), RELEASE (given back), null while under way
 */
public record LedgerLine(UUID id, Instant at, String kind, CreditCurrency currency, int amount, int change,
                         @Nullable UUID generationId, @Nullable UUID projectId, @Nullable String project,
                         @Nullable GenerationKind generationKind, @Nullable String providerId,
                         UUID memberId, String memberName, String byName, @Nullable String note,
                         @Nullable String closed) {
}
