/** Sign-in, first-run setup and team administration views, and the web security wiring. */
@NullMarked
package app.atelier.account.ui;

import org.jspecify.annotations.NullMarked;
