package app.atelier.notification.internal;

import app.atelier.account.MemberDirectory;
import app.atelier.api.WebhookGivenUp;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the owner of an API key that one of its webhooks was given up, unless they said not to. */
@Component
class WebhookNotices {

    private final Mailer mailer;
    private final Letters letters;
    private final NotificationRows rows;
    private final MemberDirectory directory;

    WebhookNotices(Mailer mailer, Letters letters, NotificationRows rows, MemberDirectory directory) {
        this.mailer = mailer;
        this.letters = letters;
        this.rows = rows;
        this.directory = directory;
    }

    @EventListener
    void on(WebhookGivenUp givenUp) {
        if (!mailer.enabled()) {
            return;
        }
        mailer.later(() -> directory.find(givenUp.memberId())
                .filter(MemberDirectory.Recipient::active)
                .filter(owner -> rows.preferences(owner.memberId()).webhookGivenUp())
                .ifPresent(owner -> mailer.send(letters.webhookGivenUp(owner, givenUp.generationId(), givenUp.keyName(),
                        givenUp.url(), givenUp.attempts(), letters.answer(owner.language(), givenUp.lastStatus(),
                                givenUp.lastError())), true)));
    }
}
