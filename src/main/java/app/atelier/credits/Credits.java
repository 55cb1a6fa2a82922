package app.atelier.credits;

import app.atelier.account.AccountService;
import app.atelier.account.TeamFounded;
import app.atelier.credits.internal.Ledger;
import app.atelier.shared.CurrentMember;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Members' credits, as a ledger: admins grant; a generation reserves what it will cost when it is
 * queued, and exactly once settles it (success) or releases it (failure, cancellation). Balances are
 * sums of the entries and never go below zero: a reservation locks the member's account row while it
 * checks, so concurrent submits are served one after the other.
 */
@Service
public class Credits {

    private static final Logger log = LoggerFactory.getLogger(Credits.class);

    private final Ledger ledger;
    private final AccountService accounts;
    private final CreditsProperties settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentMember currentMember;

    Credits(Ledger ledger, AccountService accounts, CreditsProperties settings, ApplicationEventPublisher events,
            Clock clock, CurrentMember currentMember) {
        this.ledger = ledger;
        this.accounts = accounts;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
        this.currentMember = currentMember;
    }

    /** The signed-in member's balances. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Balances mine() {
        return ledger.balances(currentMember.require().actorId());
    }

    /** Gives credits to a member of the admin's team. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void grant(UUID memberId, CreditCurrency currency, int amount, String note) {
        if (amount <= 0) {
            throw new IllegalArgumentException("A grant must be positive");
        }
        var admin = currentMember.require();
        if (!accounts.teammateNames(List.of(memberId)).containsKey(memberId)) {
            throw new IllegalArgumentException("No member " + memberId + " in the team");
        }
        write(admin.teamId(), memberId, currency, amount, note, admin.actorId());
    }

    /** A new team's first admin starts with the configured credits. */
    @EventListener
    void startingGrant(TeamFounded founded) {
        if (settings.startingVideo() > 0) {
            write(founded.teamId(), founded.adminId(), CreditCurrency.VIDEO, settings.startingVideo(), "starting grant", null);
        }
        if (settings.startingPhoto() > 0) {
            write(founded.teamId(), founded.adminId(), CreditCurrency.PHOTO, settings.startingPhoto(), "starting grant", null);
        }
    }

    private void write(UUID teamId, UUID memberId, CreditCurrency currency, int amount, String note,
                       @Nullable UUID by) {
        ledger.open(teamId, memberId, currency);
        ledger.write(teamId, memberId, currency, Ledger.Kind.GRANT, amount, null, note, clock.instant(), by);
        events.publishEvent(new CreditsChanged(teamId, memberId));
    }

    /**
     * Reserves what each generation will cost, all or none, inside the caller's transaction (the one
     * that queues the generations). Free generations are recorded too, at zero.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Reservation reserve(UUID teamId, UUID memberId, CreditCurrency currency, List<Charge> charges) {
        int total = charges.stream().mapToInt(Charge::amount).sum();
        if (total > 0) {
            if (!ledger.lock(memberId, currency)) {
                return new Reservation.NotEnough(currency, total, 0);
            }
            int available = ledger.balances(memberId).of(currency).available();
            if (available < total) {
                return new Reservation.NotEnough(currency, total, available);
            }
        }
        var now = clock.instant();
        charges.forEach(charge -> ledger.write(teamId, memberId, currency, Ledger.Kind.RESERVE, charge.amount(),
                charge.generationId(), null, now, memberId));
        events.publishEvent(new CreditsChanged(teamId, memberId));
        return new Reservation.Reserved();
    }

    /**
     * Turns a generation's reservation into spending, inside the caller's transaction (the one that
     * marks it succeeded). Once only: a second call does nothing, and the database refuses a second
     * ending even from a concurrent transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void settle(UUID generationId) {
        end(generationId, Ledger.Kind.SETTLE);
    }

    /** Gives a generation's reservation back (failure, cancellation), once only, like {@link #settle}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(UUID generationId) {
        end(generationId, Ledger.Kind.RELEASE);
    }

    private void end(UUID generationId, Ledger.Kind kind) {
        var reserved = ledger.reservationFor(generationId);
        if (reserved.isEmpty()) {
            log.warn("Generation {} has no reservation to {}", generationId, kind.name().toLowerCase(Locale.ROOT));
            return;
        }
        if (ledger.isClosed(generationId)) {
            return;
        }
        var entry = reserved.get();
        ledger.write(entry.teamId(), entry.memberId(), entry.currency(), kind, entry.amount(), generationId, null,
                clock.instant(), null);
        events.publishEvent(new CreditsChanged(entry.teamId(), entry.memberId()));
    }
}
