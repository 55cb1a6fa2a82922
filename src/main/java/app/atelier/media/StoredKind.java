package app.atelier.media;

/** What a generation's file is, as it is stored. */
public enum StoredKind {
    /** An MP4 video. */
    VIDEO("mp4", "video/mp4"),
    /** A JPEG still of a video's first frame. */
    POSTER("jpg", "image/jpeg"),
    /** A JPEG image. */
    IMAGE_JPEG("jpg", "image/jpeg"),
    /** A PNG image. */
    IMAGE_PNG("png", "image/png"),
    /** A mask drawn by a member ({@link MaskConvention}). */
    MASK("png", "image/png"),
    /** A team's logo, as a PNG (its transparency kept). */
    LOGO("png", "image/png"),
    /** A music track of the team's library, as uploaded (FFmpeg reads it by its content). */
    MUSIC("audio", "application/octet-stream");

    private final String extension;
    private final String contentType;

    StoredKind(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
