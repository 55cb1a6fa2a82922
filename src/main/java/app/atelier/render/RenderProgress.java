package app.atelier.render;

/** Told how far a render has come, 0 to 100, each time that number changes. Called on the render thread. */
@FunctionalInterface
public interface RenderProgress {

    RenderProgress IGNORED = percent -> {
    };

    void progressed(int percent);
}
