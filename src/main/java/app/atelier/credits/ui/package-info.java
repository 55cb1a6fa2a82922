/** The credits in the header: what the signed-in member has left, live. */
@NullMarked
package app.atelier.credits.ui;

import org.jspecify.annotations.NullMarked;
