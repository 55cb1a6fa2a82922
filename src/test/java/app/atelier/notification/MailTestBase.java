package app.atelier.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;

import java.util.ArrayList;
import java.util.List;

/** What every e-mail test starts from: the SMTP server up and empty. */
public abstract class MailTestBase {

    @BeforeEach
    void anEmptyMailbox() {
        TestMailServer.up();
        TestMailServer.purge();
    }

    /** A message's plain text and HTML parts (multipart/alternative). */
    public record Parts(String text, String html) {
    }

    public static Parts parts(MimeMessage message) {
        try {
            var texts = new ArrayList<String>();
            var htmls = new ArrayList<String>();
            collect(message.getContent(), message.getContentType(), texts, htmls);
            return new Parts(String.join("", texts), String.join("", htmls));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Object content, String type, List<String> texts, List<String> htmls) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                collect(part.getContent(), part.getContentType(), texts, htmls);
            }
        } else if (type.toLowerCase().startsWith("text/plain")) {
            texts.add(content.toString());
        } else if (type.toLowerCase().startsWith("text/html")) {
            htmls.add(content.toString());
        }
    }
}
