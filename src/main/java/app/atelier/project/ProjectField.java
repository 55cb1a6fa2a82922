package app.atelier.project;

/** The fields of a new project that a refusal can point at. */
public enum ProjectField {
    NAME,
    LISTING_REFERENCE,
    ADDRESS
}
