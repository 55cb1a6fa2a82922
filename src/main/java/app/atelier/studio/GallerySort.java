package app.atelier.studio;

/** How the gallery orders projects. */
public enum GallerySort {
    /** What happened last first: a photo added, a generation asked for or finished. */
    ACTIVITY("gallery.sort.activity"),
    /** By name, A to Z. */
    NAME("gallery.sort.name"),
    /** The newest project first. */
    CREATED("gallery.sort.created");

    private final String labelKey;

    GallerySort(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
