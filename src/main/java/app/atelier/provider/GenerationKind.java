package app.atelier.provider;

/** What a generation makes. */
public enum GenerationKind {
    /** A camera movement over one photo, as a video. */
    CAMERA_MOTION("generation.kind.camera-motion"),
    /** An AI video from a photo (and a prompt). */
    AI_VIDEO("generation.kind.ai-video"),
    /** A terrace, a pool or a pétanque court painted into a zone of a photo. */
    EXTERIOR("generation.kind.exterior");

    private final String labelKey;

    GenerationKind(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
