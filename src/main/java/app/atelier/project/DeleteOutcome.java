package app.atelier.project;

/** What came of asking to delete a generation or a project. */
public enum DeleteOutcome {
    DELETED("delete.done"),
    /** Something is still under way: cancel it or let it end first. */
    STILL_RUNNING("delete.still-running"),
    /** Only an admin, or whoever asked for it (made the project), may. */
    NOT_ALLOWED("delete.not-allowed"),
    NOT_FOUND("delete.not-found");

    private final String messageKey;

    DeleteOutcome(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
