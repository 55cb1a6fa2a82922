package app.atelier.render;

/** How the camera moves over the photo. */
public enum Motion {
    /** Moves closer to the centre. */
    ZOOM_IN,
    /** Moves back from the centre to the whole photo. */
    ZOOM_OUT,
    /** Turns left: the view travels from the right of the photo to its left. */
    PAN_LEFT,
    /** Turns right: the view travels from the left of the photo to its right. */
    PAN_RIGHT,
    /** Tilts up: the view travels from the bottom of the photo to its top. */
    PAN_UP,
    /** Tilts down: the view travels from the top of the photo to its bottom. */
    PAN_DOWN,
    /** Pulls back to the whole photo while drifting from an off-centre detail towards the middle. */
    CAMERA_PUSH_OUT;
}
