package app.atelier.ui;

import app.atelier.shared.LiveEvent;
import app.atelier.shared.LiveUpdates;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * How a view follows live events: it subscribes when attached and unsubscribes when detached,
 * handles the events inside {@code ui.access} (then Server Push sends the change), and re-reads what
 * it shows right after subscribing, so that nothing changed between its first read and its subscription
 * goes unseen.
 *
 * <p>Events reach a view in batches: everything that arrived since it last handled some, one batch at
 * a time, and the next no sooner than {@link #SPACING} (or as long as the last one took) after the
 * last ended. A view whose events come faster than it handles them (a project with two hundred
 * generations under way) thus re-reads once per batch instead of once per event, and never fills its
 * session's queue of pending work: Vaadin runs that queue on whichever request holds the session when
 * it ends, before that request's own answer is written, so a queue that never empties keeps a request
 * from answering and the browser's copy of the page drifts from the server's.
 */
public final class Live {

    /** The least time between two batches of one subscription. */
    static final Duration SPACING = Duration.ofMillis(250);
    private static final Executor LATER = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("live-batch-", 0).factory());

    private Live() {
    }

    /**
     * @param onEvents applies a batch of events, oldest first (on the UI thread, inside {@code ui.access})
     * @param reread   reads what the view shows afresh (run at once after each subscription, on the UI thread)
     */
    public static <E extends LiveEvent> void follow(Component view, LiveUpdates updates, Class<E> type,
                                                    Predicate<? super E> filter, Consumer<List<E>> onEvents,
                                                    Runnable reread) {
        follow(view, updates, type, filter, SPACING, onEvents, reread);
    }

    /** As {@link #follow(Component, LiveUpdates, Class, Predicate, Consumer, Runnable)}, batches at least {@code spacing} apart. */
    public static <E extends LiveEvent> void follow(Component view, LiveUpdates updates, Class<E> type,
                                                    Predicate<? super E> filter, Duration spacing,
                                                    Consumer<List<E>> onEvents, Runnable reread) {
        view.addAttachListener(attached -> {
            var batches = new Batches<>(attached.getUI(), spacing, onEvents);
            var subscription = updates.subscribe(type, filter, batches::offer);
            reread.run();
            view.addDetachListener(detached -> {
                subscription.cancel();
                detached.unregisterListener();
            });
        });
    }

    /**
     * While {@code working} says something the view shows is still under way, the view re-reads it
     * every {@code every} too (the browser asks): a safety net for an event that never reached this
     * node (the relay between nodes reconnecting, a node that died between its commit and its
     * notification), so that a page left open converges on what the database says.
     */
    public static void resync(Component view, Duration every, BooleanSupplier working, Runnable reread) {
        view.addAttachListener(attached -> {
            var ui = attached.getUI();
            ui.setPollInterval((int) every.toMillis());
            var polling = ui.addPollListener(poll -> {
                if (working.getAsBoolean()) {
                    reread.run();
                }
            });
            view.addDetachListener(detached -> {
                polling.remove();
                ui.setPollInterval(-1);
                detached.unregisterListener();
            });
        });
    }

    /** One subscription's events on their way to its UI: at most one batch waiting or running at a time. */
    private static final class Batches<E> {

        private final UI ui;
        private final long spacingNanos;
        private final Consumer<List<E>> onEvents;
        private final Queue<E> pending = new ConcurrentLinkedQueue<>();
        /** Whether a batch is waiting or running: set by who asks for one, cleared when it has run. */
        private final AtomicBoolean busy = new AtomicBoolean();
        private volatile long lastEnded = System.nanoTime() - Long.MAX_VALUE / 4;
        private volatile long lastTook;

        Batches(UI ui, Duration spacing, Consumer<List<E>> onEvents) {
            this.ui = ui;
            this.spacingNanos = spacing.toNanos();
            this.onEvents = onEvents;
        }

        /** An event arrived (on the subscription's delivery thread). */
        void offer(E event) {
            pending.add(event);
            startBatch();
        }

        private void startBatch() {
            if (pending.isEmpty() || !busy.compareAndSet(false, true)) {
                return;
            }
            long wait = lastEnded + Math.max(spacingNanos, lastTook) - System.nanoTime();
            if (wait <= 0) {
                access();
            } else {
                CompletableFuture.runAsync(this::access, CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS, LATER));
            }
        }

        private void access() {
            try {
                ui.access(this::run);
            } catch (UIDetachedException gone) {
                // the view went away meanwhile; its detach listener cancels the subscription
            }
        }

        /** On the UI thread: everything that arrived so far, then the next batch once spaced. */
        private void run() {
            long started = System.nanoTime();
            try {
                var batch = new ArrayList<E>();
                for (E event; (event = pending.poll()) != null; ) {
                    batch.add(event);
                }
                if (!batch.isEmpty()) {
                    onEvents.accept(batch);
                }
            } finally {
                lastEnded = System.nanoTime();
                lastTook = lastEnded - started;
                busy.set(false);
                // what came meanwhile goes next, even after a batch that failed
                startBatch();
            }
        }
    }
}
