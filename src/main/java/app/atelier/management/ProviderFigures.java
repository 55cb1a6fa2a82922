package app.atelier.management;

import org.jspecify.annotations.Nullable;

import java.time.Duration;

/**
 * How a provider did over the last 90 days.
 *
 * @param nameKey       i18n key of its name
 * @param succeeded     generations that ended well
 * @param failed        generations that failed (cancellations are the member's choice: not counted)
 * @param medianWait    from the request to the result, over successes; empty without any
 */
public record ProviderFigures(String providerId, String nameKey, int succeeded, int failed, @Nullable Duration medianWait) {

    /** Successes over finished generations, 0 to 1. */
    public double successRate() {
        return succeeded + failed == 0 ? 0 : (double) succeeded / (succeeded + failed);
    }
}
