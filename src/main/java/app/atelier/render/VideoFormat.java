package app.atelier.render;

/**
 * The frame sizes the engine renders: IA Créa's two, three for social networks, and the 4:5 of feeds
 * (a listing film's, not a camera motion's).
 */
public enum VideoFormat {
    LANDSCAPE(1280, 768),
    PORTRAIT(768, 1280),
    LANDSCAPE_HD(1920, 1080),
    VERTICAL_HD(1080, 1920),
    SQUARE(1080, 1080),
    FEED(1080, 1350);

    private final int width;
    private final int height;

    VideoFormat(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public double aspect() {
        return (double) width / height;
    }
}
