package app.atelier.pipeline.internal;

import app.atelier.provider.Capabilities;
import app.atelier.provider.Completion;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to ask a provider again. Guided by its estimate of the time left when it gives one (ask about
 * halfway there, so that progress is seen moving), otherwise slowing down from every 5 s to every
 * 30 s, and half as often for a provider that calls back (polling is only the safety net then). Never faster than the provider's pace,
 * with a little jitter so that generations submitted together do not poll in lockstep.
 */
final class PollPacing {

    static final Duration SLOWEST = Duration.ofSeconds(30);

    private final Duration fastest;

    /** @param fastest the shortest wait between two polls (5 s in production) */
    PollPacing(Duration fastest) {
        this.fastest = fastest;
    }

    /** The first poll after a submission. */
    Instant first(Instant now, Capabilities capabilities, @Nullable Duration estimate) {
        var expected = estimate != null ? estimate : capabilities.typicalDuration();
        var wait = clamp(expected.dividedBy(2), fastest, fastest.multipliedBy(2));
        return now.plus(paced(wait, capabilities, false));
    }

    /**
     * @param polls     how many polls came before this one
     * @param remaining the provider's latest estimate of the time left, if any
     */
    Instant next(Instant now, Capabilities capabilities, int polls, @Nullable Duration remaining) {
        if (remaining != null && !remaining.isNegative() && !remaining.isZero()) {
            // a vendor that gives an estimate is followed at that pace, callback or not: the member watches the bar
            return now.plus(paced(clamp(remaining.dividedBy(2), fastest, SLOWEST), capabilities, true));
        }
        var wait = clamp(fastest.plus(fastest.multipliedBy(polls / 2)), fastest, SLOWEST);
        boolean callback = capabilities.completion() == Completion.CALLBACK;
        return now.plus(paced(callback ? wait.multipliedBy(2) : wait, capabilities, true));
    }

    /** After a failed poll: back off, and at least as long as the provider asked. */
    Instant afterError(Instant now, Capabilities capabilities, int polls, @Nullable Duration retryAfter) {
        var backoff = clamp(fastest.multipliedBy(1L << Math.min(polls, 4)), fastest, Duration.ofMinutes(2));
        if (retryAfter != null && retryAfter.compareTo(backoff) > 0) {
            backoff = retryAfter;
        }
        return now.plus(paced(backoff, capabilities, true));
    }

    private static Duration paced(Duration wait, Capabilities capabilities, boolean jitter) {
        var atLeast = wait.compareTo(capabilities.minPollInterval()) < 0 ? capabilities.minPollInterval() : wait;
        if (!jitter) {
            return atLeast;
        }
        long millis = atLeast.toMillis();
        return Duration.ofMillis(millis + ThreadLocalRandom.current().nextLong(-millis / 10, millis / 10 + 1));
    }

    private static Duration clamp(Duration value, Duration low, Duration high) {
        return value.compareTo(low) < 0 ? low : value.compareTo(high) > 0 ? high : value;
    }
}
