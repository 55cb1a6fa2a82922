package app.atelier.media.internal;

/** What a stored file is. */
public enum AssetKind {
    PHOTO_ORIGINAL,
    THUMBNAIL_SMALL,
    THUMBNAIL_LARGE,
    CONFORMED,
    RESULT_VIDEO,
    RESULT_IMAGE,
    POSTER,
    /** A zone drawn by a member for an exterior (see {@code MaskConvention}). */
    MASK,
    /** A team's logo, for its films. */
    LOGO,
    /** A music track of the team's library, for its films. */
    MUSIC
}
