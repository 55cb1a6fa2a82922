/** Teams, members and their roles, first-run setup, sign-in, team administration, personal API keys. */
@NullMarked
package app.atelier.account;

import org.jspecify.annotations.NullMarked;
