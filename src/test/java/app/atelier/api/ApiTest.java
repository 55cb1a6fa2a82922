package app.atelier.api;

import app.atelier.FreshDataDirectory;
import app.atelier.TestFixtures;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The running application on a free port, reached over HTTP as a script would. Photos and webhooks
 * are served by a test server on this machine: this profile (and only it) lets URL imports and
 * webhooks reach the host name {@code localhost}; every other private address stays refused.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("application")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "atelier.media.import-trusted-hosts=localhost",
        "atelier.api.webhook-trusted-hosts=localhost",
        "atelier.api.webhook-first-wait=200ms",
        "atelier.api.webhook-attempts=3",
        "atelier.api.requests-per-minute=60",
        "atelier.metrics.scrape-token=" + ApiTest.SCRAPE_TOKEN})
@ActiveProfiles("test")
@ContextConfiguration(initializers = FreshDataDirectory.class)
@Import({TestFixtures.class, GivenUpWebhooks.class})
public @interface ApiTest {

    /** What a Prometheus server sends to read the metrics of this context. */
    String SCRAPE_TOKEN = "prometheus-scrape-token-for-the-api-tests";
}
