package app.atelier.notification.internal;

import app.atelier.account.MemberDirectory.Recipient;
import app.atelier.account.MemberDirectory;
import app.atelier.credits.Balance;
import app.atelier.credits.Credits;
import app.atelier.credits.CreditsChanged;
import app.atelier.notification.AtelierMailProperties;
import app.atelier.provider.VendorKeys;
import app.atelier.shared.CreditCurrency;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tells a team's admins (those who did not say no) when a member's credits or a vendor account run
 * low, as the credit dashboard's warnings say: once per crossing of the threshold, whichever node
 * notices first. Members' balances are looked at each time they change; vendors' balances are read
 * every {@code atelier.mail.vendor-balance-check} (the sandbox's are not real and are left alone).
 * The reading is done as one of the team's admins, with what an admin may read.
 */
@Component
class LowBalanceNotices implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LowBalanceNotices.class);
    private static final Duration FIRST_VENDOR_CHECK = Duration.ofMinutes(1);

    private final Mailer mailer;
    private final Letters letters;
    private final NotificationRows rows;
    private final MemberDirectory directory;
    private final Credits credits;
    private final VendorKeys vendors;
    private final AtelierMailProperties settings;
    private final Clock clock;
    private volatile @Nullable ScheduledExecutorService timer;

    LowBalanceNotices(Mailer mailer, Letters letters, NotificationRows rows, MemberDirectory directory, Credits credits,
                      VendorKeys vendors, AtelierMailProperties settings, Clock clock) {
        this.mailer = mailer;
        this.letters = letters;
        this.rows = rows;
        this.directory = directory;
        this.credits = credits;
        this.vendors = vendors;
        this.settings = settings;
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CreditsChanged changed) {
        if (mailer.enabled()) {
            mailer.later(() -> checkMember(changed.teamId(), changed.memberId()));
        }
    }

    void checkMember(UUID teamId, UUID memberId) {
        var admins = directory.activeAdmins(teamId);
        var member = directory.find(memberId).filter(Recipient::active);
        if (admins.isEmpty() || member.isEmpty()) {
            return;
        }
        var reader = admins.getFirst();
        var balances = directory.as(reader, () -> credits.of(memberId));
        var alerts = directory.as(reader, credits::alerts);
        if (balances.isEmpty()) {
            return;
        }
        for (var currency : CreditCurrency.values()) {
            var balance = balances.get().of(currency);
            if (balance.equals(Balance.EMPTY)) {
                continue;
            }
            var subject = "member:" + memberId + ":" + currency.name();
            int available = balance.available();
            if (!alerts.low(currency, available)) {
                rows.noticeOver(subject);
            } else if (rows.firstNotice(subject, teamId, clock.instant())) {
                int threshold = alerts.member(currency);
                willing(admins).forEach(admin -> mailer.send(letters.memberRunningLow(admin, member.get().name(), currency,
                        available, threshold), true));
            }
        }
    }

    void checkVendors() {
        var team = directory.installationTeam();
        if (team.isEmpty() || !mailer.enabled()) {
            return;
        }
        var admins = directory.activeAdmins(team.get());
        if (admins.isEmpty()) {
            return;
        }
        var reader = admins.getFirst();
        var alerts = directory.as(reader, credits::alerts);
        for (var account : directory.as(reader, () -> vendors.balances(true))) {
            if (account.sandboxed() || account.balance() == null) {
                continue;
            }
            var subject = "vendor:" + account.vendor();
            long remaining = account.balance().remaining();
            if (remaining > alerts.vendor()) {
                rows.noticeOver(subject);
            } else if (rows.firstNotice(subject, team.get(), clock.instant())) {
                var unit = account.balance().unitKey();
                willing(admins).forEach(admin -> mailer.send(letters.vendorRunningLow(admin, account.name(), remaining, unit,
                        alerts.vendor()), true));
            }
        }
    }

    private List<Recipient> willing(List<Recipient> admins) {
        return admins.stream().filter(admin -> rows.preferences(admin.memberId()).lowBalance()).toList();
    }

    @Override
    public void start() {
        var running = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("vendor-balances").factory());
        long period = Math.max(1000, settings.vendorBalanceCheck().toMillis());
        running.scheduleWithFixedDelay(() -> {
            try {
                checkVendors();
            } catch (RuntimeException broken) {
                log.warn("Could not check the vendors' balances for the low-balance e-mails", broken);
            }
        }, Math.min(FIRST_VENDOR_CHECK.toMillis(), period), period, TimeUnit.MILLISECONDS);
        timer = running;
    }

    @Override
    public void stop() {
        var running = timer;
        timer = null;
        if (running != null) {
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }
}
