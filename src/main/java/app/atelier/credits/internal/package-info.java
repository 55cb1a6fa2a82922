/** The ledger's storage: entries written and summed with SQL, and the per-account row lock. */
@NullMarked
package app.atelier.credits.internal;

import org.jspecify.annotations.NullMarked;
