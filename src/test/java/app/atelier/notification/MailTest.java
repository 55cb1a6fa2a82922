package app.atelier.notification;

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
 * The application with an SMTP server ({@link TestMailServer}): every generation's end is worth an
 * e-mail, a notification the server does not take is tried again quickly, and Evolink is a "real"
 * vendor at a test server ({@link MailTestServers}) (its balance is what the test says).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("application")
@SpringBootTest(properties = {
        "spring.mail.host=127.0.0.1",
        "atelier.mail.generation-ended-after=0s",
        "atelier.mail.retry-waits=300ms",
        "atelier.providers.evolink.api-key=sk-evolink-mail-tests"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = {FreshDataDirectory.class, MailTestServers.class})
@Import(TestFixtures.class)
public @interface MailTest {
}
