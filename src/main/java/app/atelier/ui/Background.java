package app.atelier.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Slow reads a view shows once they arrive (a vendor asked over the network), done off the request
 * so that the page opens at once: on a virtual thread, as the signed-in member, then shown inside
 * {@code ui.access} (Server Push sends it). A member who left meanwhile is not shown anything.
 */
public final class Background {

    private static final Logger log = LoggerFactory.getLogger(Background.class);

    private Background() {
    }

    /**
     * @param work   the slow read (runs with the caller's security context)
     * @param show   what to do with its result, on the UI thread
     * @param failed what to show when it threw, on the UI thread
     */
    public static <T> void load(UI ui, Supplier<T> work, Consumer<T> show, Runnable failed) {
        Thread.startVirtualThread(DelegatingSecurityContextRunnable.create(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException failure) {
                log.warn("A background read failed", failure);
                access(ui, failed);
                return;
            }
            access(ui, () -> show.accept(result));
        }, null));
    }

    private static void access(UI ui, Runnable command) {
        try {
            ui.access(command::run);
        } catch (UIDetachedException gone) {
            // the member left the page
        }
    }
}
