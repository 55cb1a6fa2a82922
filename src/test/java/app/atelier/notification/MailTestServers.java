package app.atelier.notification;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Points an e-mail test context at the test SMTP server ({@link TestMailServer}, started here) and
 * Evolink at a server whose balance call answers what {@link #EVOLINK_CREDITS} holds.
 */
public class MailTestServers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final AtomicLong EVOLINK_CREDITS = new AtomicLong(10_000);
    private static final MockWebServer EVOLINK = evolink();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestMailServer.up();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("mailTestServers", Map.of(
                "spring.mail.port", TestMailServer.PORT,
                "atelier.providers.evolink.base-url", EVOLINK.url("/").toString().replaceAll("/$", ""))));
    }

    private static MockWebServer evolink() {
        var server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                        .body("{\"success\": true, \"data\": {\"user\": {\"remaining_credits\": " + EVOLINK_CREDITS.get() + "}}}")
                        .build();
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server;
    }
}
