package app.atelier.render.internal;

import app.atelier.render.Framing;
import app.atelier.render.Motion;

/**
 * The camera's path over a photo: which rectangle each frame shows. The frame's aspect is cut from
 * the photo as a cover crop centred on the framing's point (the photo's centre unless the member
 * moved it); the camera moves along it with a cosine ease-in-out, zooms at a constant perceived
 * speed (the width changes geometrically) towards that point, pans across the photo keeping that
 * point's height (or side, for a tilt), and never leaves the photo.
 */
public final class CameraPath {

    /** How much closer the camera is at the near end of a zoom. */
    static final double ZOOM = 1.3;
    /** How much closer the camera is during a pan, so that there is room to travel even on a photo cut exactly to the frame. */
    static final double PAN_ZOOM = 1.15;
    /** Where a push-out starts, as a share of the room between the centre and the photo's edge. */
    static final double PUSH_OUT_DRIFT = 0.6;

    private final Motion motion;
    private final double photoWidth;
    private final double photoHeight;
    private final Framing framing;
    private final CropRect base;

    public CameraPath(Motion motion, double photoWidth, double photoHeight, double frameAspect) {
        this(motion, photoWidth, photoHeight, frameAspect, Framing.CENTRE);
    }

    public CameraPath(Motion motion, double photoWidth, double photoHeight, double frameAspect, Framing framing) {
        this.motion = motion;
        this.photoWidth = photoWidth;
        this.photoHeight = photoHeight;
        this.framing = framing;
        double width = photoWidth / photoHeight > frameAspect ? photoHeight * frameAspect : photoWidth;
        this.base = framed(width, width / frameAspect, 0, 0, true, true);
    }

    /** The largest rectangle of the frame's aspect, centred on the framing's point as far as the photo allows. */
    public CropRect base() {
        return base;
    }

    /** The rectangle shown at time {@code t} (0 = first frame, 1 = last). */
    public CropRect at(double t) {
        double e = ease(t);
        return switch (motion) {
            case ZOOM_IN -> zoomed(Math.pow(ZOOM, e), 0, 0, true, true);
            case ZOOM_OUT -> zoomed(Math.pow(ZOOM, 1 - e), 0, 0, true, true);
            case PAN_LEFT -> zoomed(PAN_ZOOM, 1 - 2 * e, 0, false, true);
            case PAN_RIGHT -> zoomed(PAN_ZOOM, 2 * e - 1, 0, false, true);
            case PAN_UP -> zoomed(PAN_ZOOM, 0, 1 - 2 * e, true, false);
            case PAN_DOWN -> zoomed(PAN_ZOOM, 0, 2 * e - 1, true, false);
            case CAMERA_PUSH_OUT -> zoomed(Math.pow(ZOOM, 1 - e), -PUSH_OUT_DRIFT * (1 - e), -PUSH_OUT_DRIFT * (1 - e),
                    false, false);
        };
    }

    /** The rectangle of frame {@code index} of {@code frames}. */
    public CropRect frame(int index, int frames) {
        return at(frames <= 1 ? 0 : (double) index / (frames - 1));
    }

    /** Smooth start and stop: speed zero at both ends, highest in the middle. */
    public static double ease(double t) {
        double clamped = Math.max(0, Math.min(1, t));
        return 0.5 - 0.5 * Math.cos(Math.PI * clamped);
    }

    /**
     * The base rectangle brought {@code zoom} times closer, its centre moved by {@code shiftX} and
     * {@code shiftY} in units of the room there is on each side (-1 = against the left or top edge,
     * +1 = against the right or bottom edge), or on the framing's point along an axis that follows it.
     */
    private CropRect zoomed(double zoom, double shiftX, double shiftY, boolean followX, boolean followY) {
        return framed(base.width() / zoom, base.height() / zoom, shiftX, shiftY, followX, followY);
    }

    private CropRect framed(double width, double height, double shiftX, double shiftY, boolean followX, boolean followY) {
        double x = followX ? framing.x() * photoWidth - width / 2 : (photoWidth - width) / 2 * (1 + shiftX);
        double y = followY ? framing.y() * photoHeight - height / 2 : (photoHeight - height) / 2 * (1 + shiftY);
        return new CropRect(clamp(x, 0, photoWidth - width), clamp(y, 0, photoHeight - height), width, height);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
