package app.atelier.generation;

/** What the team thinks of a result: good to hand to the client, or not. */
public enum Verdict {
    APPROVED, REJECTED;

    public String labelKey() {
        return switch (this) {
            case APPROVED -> "review.verdict.approved";
            case REJECTED -> "review.verdict.rejected";
        };
    }
}
