package app.atelier.film;

import java.time.Duration;
import java.util.UUID;

/** A track of the team's music library, for its films. */
public record MusicTrack(UUID id, String name, Duration length) {
}
