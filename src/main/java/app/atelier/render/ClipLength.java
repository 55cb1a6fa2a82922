package app.atelier.render;

import java.time.Duration;

/** How long a camera-motion clip lasts. */
public enum ClipLength {
    FIVE_SECONDS(5),
    TEN_SECONDS(10);

    /** Frames per second of every clip. */
    public static final int FPS = 30;

    private final int seconds;

    ClipLength(int seconds) {
        this.seconds = seconds;
    }

    public int seconds() {
        return seconds;
    }

    public int frames() {
        return seconds * FPS;
    }

    public Duration duration() {
        return Duration.ofSeconds(seconds);
    }
}
