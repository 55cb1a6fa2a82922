package app.atelier.generation;

/** What became of a verdict or a comment. */
public enum ReviewOutcome {
    DONE("review.done"),
    /** Not a generation of the member's team (or no longer there). */
    NOT_FOUND("review.error.not-found"),
    /** A verdict is for a finished result only. */
    NOT_FINISHED("review.error.not-finished"),
    /** A comment with nothing in it. */
    EMPTY("review.error.empty"),
    TOO_LONG("review.error.too-long");

    private final String messageKey;

    ReviewOutcome(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
