package app.atelier.account;

/** What asking for a link for someone (an invitation, a password reset) came to. */
public sealed interface TeamLinkResult {

    /** The link to hand over, said once. */
    record Made(TeamLink link) implements TeamLinkResult {
    }

    /**
     * Refused, and nothing stored.
     *
     * @param messageKey i18n key of the reason ("team.invite.error.taken", ...)
     */
    record Refused(String messageKey) implements TeamLinkResult {
    }
}
