package app.atelier.provider;

/** What a generation makes. */
public enum GenerationKind {
    /** A camera movement over one photo, as a video. */
    CAMERA_MOTION("generation.kind.camera-motion", "generation.kind.camera-motion.hint"),
    /** An AI video from a photo (and a prompt). */
    AI_VIDEO("generation.kind.ai-video", "generation.kind.ai-video.hint"),
    /** A terrace, a pool or a pétanque court painted into a zone of a photo. */
    EXTERIOR("generation.kind.exterior", "generation.kind.exterior.hint"),
    /** The listing film: a project's photos and videos in one branded video, made from its storyboard. */
    FILM("generation.kind.film", "generation.kind.film.hint");

    private final String labelKey;
    private final String hintKey;

    GenerationKind(String labelKey, String hintKey) {
        this.labelKey = labelKey;
        this.hintKey = hintKey;
    }

    /** i18n key of a sentence saying what it makes. */
    public String hintKey() {
        return hintKey;
    }

    public String labelKey() {
        return labelKey;
    }

    /** Whether the generation wizard makes it (a film is made from its own editor). */
    public boolean madeInWizard() {
        return this != FILM;
    }
}
