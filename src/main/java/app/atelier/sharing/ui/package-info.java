/** The public share page (no sign-in) and the serving of its files. */
@NullMarked
package app.atelier.sharing.ui;

import org.jspecify.annotations.NullMarked;
