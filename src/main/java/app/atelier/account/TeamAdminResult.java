package app.atelier.account;

/** What an admin's change to the team came to. */
public sealed interface TeamAdminResult {

    /** Done; for an invitation or a reset, the link to hand over. */
    record Done(TeamLink link) implements TeamAdminResult {

        public Done() {
            this(new TeamLink("", java.time.Instant.EPOCH, false));
        }
    }

    /**
     * Refused, and nothing changed.
     *
     * @param messageKey i18n key of the reason ("team.refused.last-admin", ...)
     */
    record Refused(String messageKey) implements TeamAdminResult {
    }
}
