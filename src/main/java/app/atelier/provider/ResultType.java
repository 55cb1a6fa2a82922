package app.atelier.provider;

/** What a result file is. */
public enum ResultType {
    /** An H.264 MP4. */
    VIDEO,
    /** A JPEG or PNG. */
    IMAGE
}
