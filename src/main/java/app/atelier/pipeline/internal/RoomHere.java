package app.atelier.pipeline.internal;

import app.atelier.generation.work.GenerationLifecycle;
import app.atelier.generation.work.JobsProperties;
import app.atelier.provider.Completion;
import app.atelier.provider.Providers;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Work this node makes itself (the local engine, films) is pulled, not only pushed: as often as the
 * job runner polls, a node with a free render place brings the oldest waiting generations forward
 * and takes them at once. Job runners of several nodes poll at their own rhythm, and the one that
 * polls first takes every due job, full or not; without this, a second node's render places could
 * stay idle while the first node's queue waits.
 */
@Component
class RoomHere implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RoomHere.class);

    private final Providers providers;
    private final GenerationLifecycle lifecycle;
    private final JobsProperties settings;
    private volatile @Nullable ScheduledExecutorService ticker;

    RoomHere(Providers providers, GenerationLifecycle lifecycle, JobsProperties settings) {
        this.providers = providers;
        this.lifecycle = lifecycle;
        this.settings = settings;
    }

    void look() {
        for (var provider : providers.all()) {
            var capabilities = provider.capabilities();
            if (capabilities.completion() == Completion.SYNCHRONOUS && capabilities.maxInFlight() > 0) {
                try {
                    lifecycle.takeWaitingIfRoomHere(provider.id(), capabilities.maxInFlight());
                } catch (RuntimeException e) {
                    log.debug("Could not look for waiting work of {} ({}); next time", provider.id(), e.toString());
                }
            }
        }
    }

    @Override
    public synchronized void start() {
        if (ticker == null) {
            var every = settings.pollingInterval().toMillis();
            var started = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("room-here").factory());
            started.scheduleWithFixedDelay(this::look, every, every, TimeUnit.MILLISECONDS);
            ticker = started;
        }
    }

    @Override
    public synchronized void stop() {
        var running = ticker;
        if (running != null) {
            running.shutdownNow();
            ticker = null;
        }
    }

    @Override
    public boolean isRunning() {
        return ticker != null;
    }

    @Override
    public int getPhase() {
        // after the job runner starts, before it stops
        return Integer.MAX_VALUE - 90;
    }
}
