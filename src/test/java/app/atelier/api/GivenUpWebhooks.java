package app.atelier.api;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The webhooks the API's test context gave up, as the rest of the application hears of them. */
@TestComponent
class GivenUpWebhooks {

    private final List<WebhookGivenUp> heard = new CopyOnWriteArrayList<>();

    @EventListener
    void on(WebhookGivenUp givenUp) {
        heard.add(givenUp);
    }

    List<WebhookGivenUp> heard() {
        return List.copyOf(heard);
    }
}
