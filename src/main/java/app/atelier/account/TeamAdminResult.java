package app.atelier.account;

/** What an admin's change to a member (a role, a deactivation) came to. */
public sealed interface TeamAdminResult {

    record Done() implements TeamAdminResult {
    }

    /**
     * Refused, and nothing changed.
     *
     * @param messageKey i18n key of the reason ("team.refused.last-admin", ...)
     */
    record Refused(String messageKey) implements TeamAdminResult {
    }
}
