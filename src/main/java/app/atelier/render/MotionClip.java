package app.atelier.render;

/** What to render: a motion, a frame size, a length. */
public record MotionClip(Motion motion, VideoFormat format, ClipLength length) {
}
