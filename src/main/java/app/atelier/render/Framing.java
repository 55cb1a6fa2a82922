package app.atelier.render;

/**
 * Where a frame of another shape than the photo is cut from it: the point of the photo the cut is
 * centred on, as shares of its width and height (0.5, 0.5 = its centre). The cut never leaves the
 * photo, so a point near an edge puts the cut against that edge.
 */
public record Framing(double x, double y) {

    /** The photo's centre: what a clip is cut around unless the member moved the framing. */
    public static final Framing CENTRE = new Framing(0.5, 0.5);

    public Framing {
        if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
            throw new IllegalArgumentException("A framing is inside the photo: " + x + ", " + y);
        }
    }
}
