/** Views of the credits module. */
@NullMarked
package app.atelier.credits.ui;

import org.jspecify.annotations.NullMarked;
