package app.atelier.provider;

import java.util.Locale;

/** What a generation makes. */
public enum GenerationKind {
    /** A camera movement over one photo, as a video. */
    CAMERA_MOTION,
    /** An AI video from a photo (and a prompt). */
    AI_VIDEO,
    /** A terrace, a pool or a pétanque court painted into a zone of a photo. */
    EXTERIOR;

    public String labelKey() {
        return "generation.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
