package app.atelier.shared;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Listeners of live events cannot hold each other up, nor break each other, and hear in order. */
class LiveUpdatesTest {

    record Moved(String what, int step) implements LiveEvent {
    }

    record Other(String what) implements LiveEvent {
    }

    private final LiveUpdates updates = new LiveUpdates();

    @AfterEach
    void stop() {
        updates.destroy();
    }

    @Test
    void eachListenerHearsItsEventsInOrder() {
        var heard = new CopyOnWriteArrayList<Integer>();
        updates.subscribe(Moved.class, moved -> moved.what().equals("villa"), moved -> heard.add(moved.step()));

        IntStream.range(0, 200).forEach(step -> updates.deliver(new Moved(step % 2 == 0 ? "villa" : "mas", step)));
        updates.deliver(new Other("villa"));

        await().atMost(Duration.ofSeconds(5)).until(() -> heard.size() == 100);
        assertThat(heard).isSorted().allMatch(step -> step % 2 == 0);
    }

    @Test
    void aSlowListenerDelaysNobodyElse() throws Exception {
        var release = new CountDownLatch(1);
        var fast = new CopyOnWriteArrayList<Moved>();
        updates.subscribe(Moved.class, moved -> true, moved -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        updates.subscribe(Moved.class, moved -> true, fast::add);

        updates.deliver(new Moved("villa", 1));
        updates.deliver(new Moved("villa", 2));

        await().atMost(Duration.ofSeconds(2)).until(() -> fast.size() == 2);
        release.countDown();
    }

    @Test
    void aBrokenListenerBreaksNeitherOthersNorItsOwnNextEvents() {
        var broken = new CopyOnWriteArrayList<Integer>();
        var healthy = new CopyOnWriteArrayList<Integer>();
        updates.subscribe(Moved.class, moved -> true, moved -> {
            broken.add(moved.step());
            if (moved.step() == 1) {
                throw new IllegalStateException("a view that fails");
            }
        });
        updates.subscribe(Moved.class, moved -> true, moved -> healthy.add(moved.step()));

        updates.deliver(new Moved("villa", 1));
        updates.deliver(new Moved("villa", 2));

        await().atMost(Duration.ofSeconds(2)).until(() -> broken.equals(List.of(1, 2)) && healthy.equals(List.of(1, 2)));
    }

    @Test
    void aCancelledSubscriptionHearsNothingMore() {
        var heard = new CopyOnWriteArrayList<Integer>();
        var subscription = updates.subscribe(Moved.class, moved -> true, moved -> heard.add(moved.step()));
        updates.deliver(new Moved("villa", 1));
        await().atMost(Duration.ofSeconds(2)).until(() -> heard.size() == 1);

        subscription.cancel();
        updates.deliver(new Moved("villa", 2));

        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> heard.equals(List.of(1)));
        assertThat(updates.subscriberCount()).isZero();
    }
}
