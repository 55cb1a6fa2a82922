/** The credit ledger, allowances and usage; for now only the credits page's place. */
@NullMarked
package app.atelier.credits;

import org.jspecify.annotations.NullMarked;
