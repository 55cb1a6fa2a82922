package app.atelier.provider;

import app.atelier.provider.vendor.SavedKeys;
import app.atelier.provider.vendor.VendorAccount;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.LiveUpdates;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The team's vendor keys, entered, checked and removed by admins without touching a configuration
 * file. A key saved here wins over the settings and takes effect at once (the sandbox stops standing
 * in); it is stored encrypted and never shown again, only its last four characters. Checking a key
 * asks the vendor for the account's balance. Balances are read at most once a minute unless asked.
 */
@Service
public class VendorKeys {

    /** How long a vendor balance read is shown before it is read again. */
    static final Duration BALANCE_FRESHNESS = Duration.ofMinutes(1);
    private static final int MAX_KEY_LENGTH = 500;
    private static final Pattern KEY_SHAPE = Pattern.compile("^\\S{8,500}$");
    private static final Pattern ACCOUNT_SHAPE = Pattern.compile("^[A-Za-z0-9_-]{4,100}$");
    private static final Logger log = LoggerFactory.getLogger(VendorKeys.class);

    private final List<VendorAccount> accounts;
    private final SavedKeys savedKeys;
    private final boolean sandboxEnabled;
    private final CurrentMember currentMember;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Map<String, VendorAccountBalance> balances = new ConcurrentHashMap<>();

    VendorKeys(List<VendorAccount> accounts, SavedKeys savedKeys, Optional<StandIn> standIn,
               CurrentMember currentMember, ApplicationEventPublisher events, Clock clock, TransactionTemplate transaction,
               LiveUpdates updates) {
        this.accounts = accounts.stream().sorted(Comparator.comparing(VendorAccount::keyId).reversed()).toList();
        this.savedKeys = savedKeys;
        this.sandboxEnabled = standIn.filter(StandIn::enabled).isPresent();
        this.currentMember = currentMember;
        this.events = events;
        this.clock = clock;
        this.transaction = transaction;
        // a key changed on any node: the balance read with the old one is forgotten here too
        updates.subscribe(VendorKeysChanged.class, changed -> true, changed -> balances.remove(changed.vendor()));
    }

    /** Every vendor account and where its key comes from (IA Créa first). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<VendorKeyState> states() {
        return accounts.stream().map(this::state).toList();
    }

    private VendorKeyState state(VendorAccount account) {
        var saved = savedKeys.find(account.keyId());
        var key = account.connection().key();
        var source = saved.isPresent() ? VendorKeyState.Source.SAVED
                : key != null && !key.isBlank() ? VendorKeyState.Source.SETTINGS
                : sandboxEnabled ? VendorKeyState.Source.SANDBOX : VendorKeyState.Source.NONE;
        return new VendorKeyState(account.keyId(), account.name(), source, saved.map(SavedKeys.Saved::hint).orElse(""),
                saved.map(SavedKeys.Saved::accountId).orElse(null), saved.map(SavedKeys.Saved::updatedAt).orElse(null),
                account.needsAccountId(), account.keySetting());
    }

    /** Asks the vendor whether a key (not saved) is accepted. */
    @PreAuthorize("hasRole('ADMIN')")
    public KeyCheck check(String vendor, String key, @Nullable String accountId) {
        var account = account(vendor);
        var problem = problemWith(account, key, accountId);
        if (problem != null) {
            return new KeyCheck.Refused(problem, "", false);
        }
        return tryKey(account, key, accountId, false);
    }

    /**
     * Saves a key (and the user id that goes with it) once the vendor accepted it. A key the vendor
     * refuses is not saved; one it could not be asked about (no answer) is saved, and said so.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public KeyCheck save(String vendor, String key, @Nullable String accountId) {
        var account = account(vendor);
        var problem = problemWith(account, key, accountId);
        if (problem != null) {
            return new KeyCheck.Refused(problem, "", false);
        }
        var check = tryKey(account, key, accountId, true);
        if (check instanceof KeyCheck.Refused refused && !refused.saved()) {
            return check;
        }
        var admin = currentMember.require();
        transaction.executeWithoutResult(status -> {
            savedKeys.store(admin.teamId(), account.keyId(), key.strip(), account.needsAccountId() && accountId != null
                    ? accountId.strip() : null, clock.instant(), admin.actorId());
            changed(account.keyId());
        });
        log.info("Member {} saved a {} key ending in {}", admin.actorId(), account.name(), SavedKeys.hint(key));
        return check;
    }

    /** Removes the key saved in the interface: the setting's key (or the sandbox) serves again. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean remove(String vendor) {
        var account = account(vendor);
        boolean removed = savedKeys.delete(account.keyId());
        if (removed) {
            changed(account.keyId());
            log.info("Member {} removed the saved {} key", currentMember.require().actorId(), account.name());
        }
        return removed;
    }

    /**
     * The balances the vendors report, read at most once a minute (or now, when {@code fresh}); vendors
     * that say nothing of a balance (AceData) or are not offered are left out.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<VendorAccountBalance> balances(boolean fresh) {
        var now = clock.instant();
        return accounts.stream()
                .filter(account -> account.connection().offered().isPresent())
                .map(account -> {
                    var known = balances.get(account.keyId());
                    if (!fresh && known != null && known.readAt().plus(BALANCE_FRESHNESS).isAfter(now)) {
                        return known;
                    }
                    var read = read(account);
                    balances.put(account.keyId(), read);
                    return read;
                })
                .filter(read -> read.balance() != null || read.problemKey() != null)
                .toList();
    }

    private VendorAccountBalance read(VendorAccount account) {
        boolean sandboxed = account.connection().offered().map(offer -> offer.sandboxed()).orElse(false);
        try {
            return new VendorAccountBalance(account.keyId(), account.name(), account.balance().orElse(null), null, sandboxed,
                    clock.instant());
        } catch (ProviderException failed) {
            log.info("Could not read the {} balance: {}", account.name(), failed.getMessage());
            return new VendorAccountBalance(account.keyId(), account.name(), null, messageKey(failed.error().code()),
                    sandboxed, clock.instant());
        }
    }

    private KeyCheck tryKey(VendorAccount account, String key, @Nullable String accountId, boolean saving) {
        try {
            var balance = account.tryKey(key, accountId);
            return new KeyCheck.Accepted(balance.orElse(null), saving);
        } catch (ProviderException failed) {
            var code = failed.error().code();
            if (code == ErrorCode.NO_CREDIT) {
                return new KeyCheck.Accepted(null, saving);
            }
            boolean unanswered = code == ErrorCode.VENDOR_DOWN || code == ErrorCode.RATE_LIMITED || code == ErrorCode.UNKNOWN;
            return new KeyCheck.Refused(messageKey(code), failed.error().vendorMessage(), saving && unanswered);
        }
    }

    private static String messageKey(ErrorCode code) {
        return switch (code) {
            case AUTH, INVALID_INPUT -> "vendor-keys.refused.auth";
            case RATE_LIMITED -> "vendor-keys.refused.busy";
            case VENDOR_DOWN, UNKNOWN, FAILED_AT_VENDOR -> "vendor-keys.refused.unreachable";
            case NO_CREDIT -> "vendor-keys.refused.no-credit";
            case REJECTED -> "vendor-keys.refused.auth";
        };
    }

    private static @Nullable String problemWith(VendorAccount account, String key, @Nullable String accountId) {
        if (key.isBlank()) {
            return "field.error.required";
        }
        if (key.strip().length() > MAX_KEY_LENGTH || !KEY_SHAPE.matcher(key.strip()).matches()) {
            return "vendor-keys.error.shape";
        }
        if (account.needsAccountId() && (accountId == null || !ACCOUNT_SHAPE.matcher(accountId.strip()).matches())) {
            return accountId == null || accountId.isBlank() ? "vendor-keys.error.account-missing" : "vendor-keys.error.account-shape";
        }
        return null;
    }

    private VendorAccount account(String vendor) {
        return find(vendor).orElseThrow(() -> new IllegalArgumentException("No vendor account " + vendor));
    }

    private Optional<VendorAccount> find(String vendor) {
        return accounts.stream().filter(account -> account.keyId().equals(vendor)).findFirst();
    }

    private void changed(String vendor) {
        balances.remove(vendor);
        events.publishEvent(new VendorKeysChanged(vendor));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                savedKeys.reload();
            }
        });
    }
}
