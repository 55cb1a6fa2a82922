package app.atelier.render;

import java.time.Duration;

/**
 * How one scene of a film gives way to the next. A cut takes no time; a cross-fade and a dip overlap
 * the two scenes for {@code length} (a dip fades the first to white or black, then the second in).
 */
public record Transition(Kind kind, Duration length) {

    public enum Kind { CUT, CROSS_FADE, DIP_TO_WHITE, DIP_TO_BLACK }

    /** The shortest and longest a transition that takes time may be. */
    public static final Duration SHORTEST = Duration.ofMillis(300);
    public static final Duration LONGEST = Duration.ofMillis(1500);

    public static final Transition CUT = new Transition(Kind.CUT, Duration.ZERO);

    public Transition {
        if (kind == Kind.CUT) {
            length = Duration.ZERO;
        } else if (length.compareTo(SHORTEST) < 0 || length.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("A transition lasts from 0.3 to 1.5 s: " + length);
        }
    }
}
