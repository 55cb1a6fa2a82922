package app.atelier.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Hands committed {@link LiveEvent}s to whoever listens on this node (views, mostly).
 *
 * <p>Each subscriber has its own queue, drained in order on a virtual thread of its own: a slow or
 * broken listener delays and breaks nobody else, and never the transaction that published. A
 * listener that falls {@value #MAX_BACKLOG} events behind loses the oldest ones (a view re-reads
 * what it shows on the next event anyway).
 */
@Component
public class LiveUpdates implements DisposableBean {

    static final int MAX_BACKLOG = 1000;
    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final List<Subscriber<?>> subscribers = new CopyOnWriteArrayList<>();
    private final ExecutorService deliveries = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("live-update-", 0).factory());

    /**
     * Calls {@code listener} with each committed event of {@code type} that {@code filter} accepts,
     * in the order they were delivered here, on a thread of its own (views wrap it in {@code ui.access}).
     */
    public <E extends LiveEvent> Subscription subscribe(Class<E> type, Predicate<? super E> filter,
                                                        Consumer<? super E> listener) {
        var subscriber = new Subscriber<>(type, filter, listener);
        subscribers.add(subscriber);
        return () -> {
            subscriber.active = false;
            subscribers.remove(subscriber);
        };
    }

    /** Delivers events of this node once their transaction has committed (or at once, outside one). */
    @TransactionalEventListener(fallbackExecution = true)
    void committed(LiveEvent event) {
        deliver(event);
    }

    /** Hands an event to this node's subscribers; also how events from other nodes arrive. */
    public void deliver(LiveEvent event) {
        for (var subscriber : subscribers) {
            subscriber.offer(event);
        }
    }

    int subscriberCount() {
        return subscribers.size();
    }

    @Override
    public void destroy() {
        deliveries.shutdownNow();
    }

    private final class Subscriber<E extends LiveEvent> {

        private final Class<E> type;
        private final Predicate<? super E> filter;
        private final Consumer<? super E> listener;
        private final Queue<E> backlog = new ConcurrentLinkedQueue<>();
        private final AtomicInteger size = new AtomicInteger();
        private final AtomicBoolean draining = new AtomicBoolean();
        private volatile boolean active = true;

        Subscriber(Class<E> type, Predicate<? super E> filter, Consumer<? super E> listener) {
            this.type = type;
            this.filter = filter;
            this.listener = listener;
        }

        void offer(LiveEvent event) {
            if (!active || !type.isInstance(event)) {
                return;
            }
            var typed = type.cast(event);
            try {
                if (!filter.test(typed)) {
                    return;
                }
            } catch (RuntimeException broken) {
                log.warn("A live-update filter failed on {}", event, broken);
                return;
            }
            backlog.add(typed);
            if (size.incrementAndGet() > MAX_BACKLOG && backlog.poll() != null) {
                size.decrementAndGet();
            }
            drainSoon();
        }

        private void drainSoon() {
            if (draining.compareAndSet(false, true)) {
                try {
                    deliveries.execute(this::drain);
                } catch (RejectedExecutionException shuttingDown) {
                    draining.set(false);
                }
            }
        }

        private void drain() {
            try {
                E event;
                while (active && (event = backlog.poll()) != null) {
                    size.decrementAndGet();
                    try {
                        listener.accept(event);
                    } catch (RuntimeException broken) {
                        log.warn("A live-update listener failed on {}", event, broken);
                    }
                }
            } finally {
                draining.set(false);
            }
            if (active && !backlog.isEmpty()) {
                drainSoon();
            }
        }
    }
}
