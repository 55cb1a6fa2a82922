package app.atelier.render;

/** What to render: a motion, a frame size, a length, and where the frame is cut from the photo. */
public record MotionClip(Motion motion, VideoFormat format, ClipLength length, Framing framing) {

    /** Cut around the photo's centre. */
    public MotionClip(Motion motion, VideoFormat format, ClipLength length) {
        this(motion, format, length, Framing.CENTRE);
    }
}
