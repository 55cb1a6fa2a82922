/**
 * What every module stands on: the top-level settings, the clock, the audited entity base, the
 * languages, text folding, work folders, the credit currency, and live updates after commit.
 */
@NullMarked
package app.atelier.shared;

import org.jspecify.annotations.NullMarked;
