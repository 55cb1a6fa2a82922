package app.atelier.notification;

import app.atelier.account.MemberDirectory;
import app.atelier.account.TeamLink;
import app.atelier.notification.internal.Letters;
import app.atelier.notification.internal.Mailer;
import app.atelier.notification.internal.NotificationRows;
import app.atelier.shared.CurrentMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * E-mail as members meet it: whether this installation sends any, the links admins make also sent
 * to whom they are for, a test e-mail, and each member's choice of what they get.
 */
@Service
public class Notifications {

    private final Mailer mailer;
    private final Letters letters;
    private final NotificationRows rows;
    private final MemberDirectory directory;
    private final CurrentMember currentMember;
    private final AtelierMailProperties settings;
    private final Clock clock;

    Notifications(Mailer mailer, Letters letters, NotificationRows rows, MemberDirectory directory, CurrentMember currentMember,
                  AtelierMailProperties settings, Clock clock) {
        this.mailer = mailer;
        this.letters = letters;
        this.rows = rows;
        this.directory = directory;
        this.currentMember = currentMember;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether an SMTP server is set up ({@code spring.mail.host}); without one nothing is sent. */
    @PreAuthorize("isAuthenticated()")
    public boolean enabled() {
        return mailer.enabled();
    }

    /** How long a generation must have taken for its end to be worth an e-mail. */
    @PreAuthorize("isAuthenticated()")
    public Duration generationEndedAfter() {
        return settings.generationEndedAfter();
    }

    /**
     * Sends a link an admin just made (an invitation, a new password) to whom it is for, once; the
     * admin has the link anyway, and is told whether the e-mail went.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public CompletableFuture<MailOutcome> sendLink(TeamLink link) {
        return mailer.send(letters.link(link), false);
    }

    /** Sends the signed-in admin a test e-mail, to see that the SMTP settings work. */
    @PreAuthorize("hasRole('ADMIN')")
    public CompletableFuture<MailOutcome> sendTest() {
        return directory.find(currentMember.require().actorId())
                .map(admin -> mailer.send(letters.test(admin), false))
                .orElseGet(() -> CompletableFuture.completedFuture(new MailOutcome.Off()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public NotificationPreferences mine() {
        return rows.preferences(currentMember.require().actorId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void saveMine(NotificationPreferences preferences) {
        rows.save(currentMember.require().actorId(), preferences, clock.instant());
    }
}
