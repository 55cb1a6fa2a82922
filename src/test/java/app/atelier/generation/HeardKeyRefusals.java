package app.atelier.generation;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The refused keys a test context's pipeline told the rest of the application about. */
@TestComponent
public class HeardKeyRefusals {

    private final List<KeyRefused> heard = new CopyOnWriteArrayList<>();

    @EventListener
    void on(KeyRefused refused) {
        heard.add(refused);
    }

    public List<KeyRefused> heard() {
        return List.copyOf(heard);
    }
}
