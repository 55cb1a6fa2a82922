/** The credit ledger: grants, reservations at submit, settlement or release at the end, and the balances they add up to. */
@NullMarked
package app.atelier.credits;

import org.jspecify.annotations.NullMarked;
