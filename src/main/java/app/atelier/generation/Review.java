package app.atelier.generation;

import java.time.Instant;

/** The verdict a result carries now: the last one given, by whom and when. */
public record Review(Verdict verdict, String memberName, Instant at) {
}
