/** What every module stands on: the top-level settings, the clock, the audited entity base. */
@NullMarked
package app.atelier.shared;

import org.jspecify.annotations.NullMarked;
