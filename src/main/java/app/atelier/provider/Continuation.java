package app.atelier.provider;

/** What a provider can make of one of its own finished generations. */
public enum Continuation {
    /** Nothing: each generation stands alone. */
    NONE,
    /** Another version of it, with the same zone or a new one, perhaps another type (an exterior). */
    VARIATION,
    /** More of it: the video goes on where it ended (Luma). */
    EXTENSION
}
