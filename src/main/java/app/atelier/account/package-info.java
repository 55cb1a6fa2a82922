/** Teams, members and their roles, first-run setup, sign-in. */
@NullMarked
package app.atelier.account;

import org.jspecify.annotations.NullMarked;
