/** Persistence and security plumbing of the account module. */
@NullMarked
package app.atelier.account.internal;

import org.jspecify.annotations.NullMarked;
