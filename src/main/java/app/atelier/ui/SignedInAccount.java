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

    /** Remembers the signed-in member's interface language. */
    void changeLanguage(Language language);

    /**
     * @param roleLabelKey i18n key of the member's role
     * @param admin        whether the member sees technical detail of errors
     */
    record ShellMember(String displayName, String email, String teamName, String roleLabelKey, boolean admin,
                       Language language) {
    }
}
