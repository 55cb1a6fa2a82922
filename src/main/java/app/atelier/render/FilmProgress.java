package app.atelier.render;

/**
 * Told how far a film has come, 0 to 100, and what is being made: the sound (before the first frame),
 * then each scene in turn. Called on the render thread each time either changes.
 */
@FunctionalInterface
public interface FilmProgress {

    /** What {@code scene} says while the film's sound is prepared. */
    int SOUND = -1;

    /** @param scene the index in the plan of the scene being made, or {@link #SOUND} */
    void progressed(int percent, int scene);
}
