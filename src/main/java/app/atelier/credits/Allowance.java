package app.atelier.credits;

import app.atelier.shared.CreditCurrency;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * A member's monthly allowance in one currency: at the start of each month their available credits
 * are topped up to {@code monthly} (what is left over is not added to).
 *
 * @param renewedFor the last month it was applied for ({@code 2026-11}), if ever
 */
public record Allowance(UUID memberId, CreditCurrency currency, int monthly, @Nullable String renewedFor) {
}
