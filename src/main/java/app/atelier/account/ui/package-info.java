/** Sign-in, first-run setup and the pages an invitation or a new-password link opens, and the web security wiring. */
@NullMarked
package app.atelier.account.ui;

import org.jspecify.annotations.NullMarked;
