package app.atelier.credits;

import app.atelier.account.AccountService;
import app.atelier.account.TeamFounded;
import app.atelier.credits.internal.Allowances;
import app.atelier.credits.internal.Ledger;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.GenerationId;
import app.atelier.shared.MemberId;
import app.atelier.shared.TeamId;
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
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Members' credits, as a ledger: admins grant; a generation reserves what it will cost when it is
 * queued, and exactly once settles it (success) or releases it (failure, cancellation). Balances are
 * sums of the entries and never go below zero: a reservation locks the member's account row while it
 * checks, so concurrent submits are served one after the other.
 */
@Service
public class Credits {

    /** The most credits one grant or removal moves. */
    public static final int MAX_CHANGE = 100_000;
    public static final int MAX_REASON_LENGTH = 300;
    /** The note of a monthly allowance's entry, before its month ({@code allowance:2026-11}). */
    public static final String ALLOWANCE_NOTE = "allowance:";
    /** The note of a first admin's starting credits. */
    public static final String STARTING_NOTE = "starting grant";

    private static final Logger log = LoggerFactory.getLogger(Credits.class);

    private final Ledger ledger;
    private final Allowances allowances;
    private final AccountService accounts;
    private final CreditsProperties settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentMember currentMember;

    Credits(Ledger ledger, Allowances allowances, AccountService accounts, CreditsProperties settings, ApplicationEventPublisher events,
            Clock clock, CurrentMember currentMember) {
        this.ledger = ledger;
        this.allowances = allowances;
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

    /** Every member's balances in the admin's team, by member id (members who never had credits are left out). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<UUID, Balances> team() {
        return ledger.teamBalances(currentMember.require().teamId());
    }

    /** One member's balances in the admin's team (empty when they are not in it). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public java.util.Optional<Balances> of(UUID memberId) {
        return accounts.teammateNames(List.of(memberId)).containsKey(memberId)
                ? java.util.Optional.of(ledger.balances(memberId)) : java.util.Optional.empty();
    }

    /**
     * Gives a member of the admin's team credits ({@code change} above zero) or takes some back (below
     * zero, never more than they have available), with the reason, which the ledger keeps with who did it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Adjustment adjust(UUID memberId, CreditCurrency currency, int change, String reason) {
        var admin = currentMember.require();
        if (change == 0 || Math.abs(change) > MAX_CHANGE) {
            return new Adjustment.Refused("credits.adjust.error.amount", 0);
        }
        if (reason.isBlank()) {
            return new Adjustment.Refused("credits.adjust.error.reason", 0);
        }
        if (reason.strip().length() > MAX_REASON_LENGTH) {
            return new Adjustment.Refused("credits.adjust.error.reason-long", 0);
        }
        if (!accounts.teammateNames(List.of(memberId)).containsKey(memberId)) {
            return new Adjustment.Refused("team.refused.not-found", 0);
        }
        if (change < 0) {
            ledger.open(admin.teamId(), memberId, currency);
            ledger.lock(memberId, currency);
            int available = ledger.balances(memberId).of(currency).available();
            if (available < -change) {
                return new Adjustment.Refused("credits.adjust.error.more-than-available", available);
            }
            ledger.write(admin.teamId(), memberId, currency, Ledger.Kind.REMOVE, -change, null, reason.strip(),
                    clock.instant(), admin.actorId());
            events.publishEvent(new CreditsChanged(admin.teamId(), memberId));
        } else {
            write(admin.teamId(), memberId, currency, change, reason.strip(), admin.actorId());
        }
        log.info("Member {} {} {} {} credit(s) of member {}", admin.actorId(), change > 0 ? "granted" : "took back",
                Math.abs(change), currency, memberId);
        return new Adjustment.Done(ledger.balances(memberId));
    }

    /** The monthly allowances of the admin's team. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Allowance> allowances() {
        return allowances.ofTeam(currentMember.require().teamId());
    }

    /**
     * Sets a member's monthly allowance in a currency ({@code monthly} above zero), applied at once for
     * the current month and then at the start of every month; {@code 0} removes it (their credits stay).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Adjustment setAllowance(UUID memberId, CreditCurrency currency, int monthly) {
        var admin = currentMember.require();
        if (monthly < 0 || monthly > MAX_CHANGE) {
            return new Adjustment.Refused("credits.adjust.error.amount", 0);
        }
        if (!accounts.teammateNames(List.of(memberId)).containsKey(memberId)) {
            return new Adjustment.Refused("team.refused.not-found", 0);
        }
        if (monthly == 0) {
            allowances.remove(admin.teamId(), memberId, currency);
        } else {
            allowances.set(admin.teamId(), memberId, currency, monthly, clock.instant(), admin.actorId());
            renew(new Allowances.Due(admin.teamId(), memberId, currency, monthly), month());
        }
        return new Adjustment.Done(ledger.balances(memberId));
    }

    /**
     * Applies the monthly allowances not applied yet this month (each once, whichever node gets to it
     * first): a member's available credits are topped up to their allowance. Run by the recurring sweep.
     */
    @Transactional
    public int renewAllowances() {
        var month = month();
        int renewed = 0;
        for (var due : allowances.due(month)) {
            if (renew(due, month)) {
                renewed++;
            }
        }
        return renewed;
    }

    private boolean renew(Allowances.Due due, String month) {
        if (!allowances.claim(due.memberId(), due.currency(), month)) {
            return false;
        }
        ledger.open(due.teamId(), due.memberId(), due.currency());
        ledger.lock(due.memberId(), due.currency());
        int missing = due.monthly() - ledger.balances(due.memberId()).of(due.currency()).available();
        if (missing > 0) {
            write(due.teamId(), due.memberId(), due.currency(), missing, ALLOWANCE_NOTE + month, null);
            log.info("Monthly allowance {} of member {}: {} {} credit(s) added", month, due.memberId(), missing, due.currency());
        }
        return true;
    }

    private String month() {
        return YearMonth.from(clock.instant().atZone(settings.zone())).toString();
    }

    /** When a balance counts as low in the signed-in member's team (the defaults until an admin sets them). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CreditAlerts alerts() {
        return allowances.alerts(currentMember.require().teamId()).orElse(CreditAlerts.DEFAULTS);
    }

    /** Sets when balances count as low in the admin's team; false (nothing saved) for a negative or absurd threshold. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean setAlerts(CreditAlerts alerts) {
        if (alerts.memberVideo() < 0 || alerts.memberPhoto() < 0 || alerts.vendor() < 0
                || Math.max(Math.max(alerts.memberVideo(), alerts.memberPhoto()), alerts.vendor()) > MAX_CHANGE * 10) {
            return false;
        }
        var admin = currentMember.require();
        allowances.saveAlerts(admin.teamId(), alerts, clock.instant(), admin.actorId());
        return true;
    }

    /** A new team's first admin starts with the configured credits. */
    @EventListener
    void startingGrant(TeamFounded founded) {
        if (settings.startingVideo() > 0) {
            write(founded.teamId(), founded.adminId(), CreditCurrency.VIDEO, settings.startingVideo(), STARTING_NOTE, null);
        }
        if (settings.startingPhoto() > 0) {
            write(founded.teamId(), founded.adminId(), CreditCurrency.PHOTO, settings.startingPhoto(), STARTING_NOTE, null);
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
    public Reservation reserve(TeamId team, MemberId member, CreditCurrency currency, List<Charge> charges) {
        var teamId = team.value();
        var memberId = member.value();
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
                charge.generation().value(), null, now, memberId));
        events.publishEvent(new CreditsChanged(teamId, memberId));
        return new Reservation.Reserved();
    }

    /**
     * Turns a generation's reservation into spending, inside the caller's transaction (the one that
     * marks it succeeded). Once only: a second call does nothing, and the database refuses a second
     * ending even from a concurrent transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void settle(GenerationId generation) {
        end(generation.value(), Ledger.Kind.SETTLE);
    }

    /** Gives a generation's reservation back (failure, cancellation), once only, like {@link #settle}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(GenerationId generation) {
        end(generation.value(), Ledger.Kind.RELEASE);
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
