package app.atelier.pipeline.internal;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps this node's requests to one provider key (creations and polls) at the provider's pace (Luma:
 * one per second), whichever job makes them. Requests queue for their turn instead of being refused.
 */
@Component
class LanePace {

    private final ConcurrentHashMap<String, Lane> lanes = new ConcurrentHashMap<>();

    /** Waits until a request may go out on {@code lane}, then counts it as gone. */
    void await(String lane, Duration interval) throws InterruptedException {
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        var state = lanes.computeIfAbsent(lane, key -> new Lane());
        state.lock.lockInterruptibly();
        try {
            long wait = state.last + interval.toNanos() - System.nanoTime();
            if (state.last != 0 && wait > 0) {
                Thread.sleep(Duration.ofNanos(wait));
            }
            state.last = System.nanoTime();
        } finally {
            state.lock.unlock();
        }
    }

    private static final class Lane {
        private final ReentrantLock lock = new ReentrantLock(true);
        private long last;
    }
}
