package app.atelier.notification.internal;

import app.atelier.account.MemberDirectory;
import app.atelier.generation.KeyRefused;
import app.atelier.provider.VendorKeysChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;

/**
 * Tells a team's admins, once, that a vendor refuses its key while generations are under way (they
 * wait for a valid one); a key saved again for that vendor makes the next refusal told again. An
 * outage of the team's own account: it is not a choice in the settings.
 */
@Component
class KeyRefusedNotices {

    private final Mailer mailer;
    private final Letters letters;
    private final NotificationRows rows;
    private final MemberDirectory directory;
    private final Clock clock;

    KeyRefusedNotices(Mailer mailer, Letters letters, NotificationRows rows, MemberDirectory directory, Clock clock) {
        this.mailer = mailer;
        this.letters = letters;
        this.rows = rows;
        this.directory = directory;
        this.clock = clock;
    }

    @EventListener
    void on(KeyRefused refused) {
        if (!mailer.enabled()) {
            return;
        }
        mailer.later(() -> {
            if (rows.firstNotice(subject(refused.accountKey()), refused.teamId(), clock.instant())) {
                directory.activeAdmins(refused.teamId()).forEach(admin ->
                        mailer.send(letters.keyRefused(admin, refused.providerNameKey()), true));
            }
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void keyChanged(VendorKeysChanged changed) {
        rows.noticeOver(subject(changed.vendor()));
    }

    private static String subject(String account) {
        return "key:" + account;
    }
}
