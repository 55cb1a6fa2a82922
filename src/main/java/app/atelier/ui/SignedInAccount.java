package app.atelier.ui;

import app.atelier.shared.Language;

import java.util.Optional;

/**
 * What the shell needs to know about the signed-in member, provided by the account module (which
 * owns members) so that the shell does not depend on it.
 */
public interface SignedInAccount {

    /** The member of the current request, or empty for an anonymous visitor. */
    Optional<ShellMember> current();

    /**
     * Whether an admin is signed in, or false when that cannot be told: asked while reporting an
     * error, which may be the database itself failing.
     */
    default boolean adminSignedIn() {
        try {
            return current().map(ShellMember::admin).orElse(false);
        } catch (RuntimeException unavailable) {
            return false;
        }
    }

    /** Remembers the signed-in member's interface language. */
    void changeLanguage(Language language);

    /**
     * @param roleLabelKey i18n key of the member's role
     * @param admin        whether the member is pointed to the server's log when something fails
     */
    record ShellMember(String displayName, String email, String teamName, String roleLabelKey, boolean admin,
                       Language language) {
    }
}
