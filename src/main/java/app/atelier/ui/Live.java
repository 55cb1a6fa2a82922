package app.atelier.ui;

import app.atelier.shared.LiveEvent;
import app.atelier.shared.LiveUpdates;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UIDetachedException;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * How a view follows live events: it subscribes when attached and unsubscribes when detached,
 * handles each event inside {@code ui.access} (then Server Push sends the change), and re-reads what
 * it shows right after subscribing, so that nothing changed between its first read and its subscription
 * goes unseen.
 */
public final class Live {

    private Live() {
    }

    /**
     * @param reread  reads what the view shows afresh (run at once after each subscription, on the UI thread)
     * @param onEvent applies an event (on the UI thread, inside {@code ui.access})
     */
    public static <E extends LiveEvent> void follow(Component view, LiveUpdates updates, Class<E> type,
                                                    Predicate<? super E> filter, Consumer<? super E> onEvent,
                                                    Runnable reread) {
        view.addAttachListener(attached -> {
            var ui = attached.getUI();
            var subscription = updates.subscribe(type, filter, event -> {
                try {
                    ui.access(() -> onEvent.accept(event));
                } catch (UIDetachedException gone) {
                    // the view went away meanwhile; its detach listener cancels the subscription
                }
            });
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
}
