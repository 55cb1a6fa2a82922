package app.atelier.provider;

/** What a synchronous provider reports to, and asks, while it works. */
public interface JobControl {

    /** Tells how far the work has come, 0 to 100. */
    void progressed(int percent);

    /** Tells how far the work has come, 0 to 100, and what it is busy with. */
    default void progressed(int percent, WorkStep step) {
        progressed(percent);
    }

    /** Whether the generation was cancelled (or has ended otherwise) meanwhile: then stop and clean up. */
    boolean cancelled();
}
