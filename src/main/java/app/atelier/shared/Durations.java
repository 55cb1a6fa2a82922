package app.atelier.shared;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.Collection;

/** Figures of a set of durations. */
public final class Durations {

    private Durations() {
    }

    /** The middle one (the mean of the two middle ones when there is an even number); null when there is none. */
    public static @Nullable Duration median(Collection<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        var sorted = durations.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }
}
