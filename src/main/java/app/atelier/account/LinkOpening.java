package app.atelier.account;

import org.jspecify.annotations.Nullable;

/**
 * What a visitor's invitation or reset link opens.
 *
 * @param teamName  the team it leads into
 * @param email     the address that will sign in
 * @param name      the member's name (a reset), or empty (an invitation: they choose it)
 * @param invitedBy who sent it
 */
public record LinkOpening(String teamName, String email, @Nullable String name, Role role, String invitedBy) {
}
