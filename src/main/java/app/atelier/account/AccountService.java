package app.atelier.account;

import app.atelier.account.internal.EmailAddress;
import app.atelier.account.internal.Installation;
import app.atelier.account.internal.Member;
import app.atelier.account.internal.MemberRepository;
import app.atelier.account.internal.Team;
import app.atelier.account.internal.TeamRepository;
import app.atelier.shared.ErrorReference;
import app.atelier.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Teams and members: first-run setup, and what a signed-in member can read and change about themselves. */
@Service
public class AccountService {

    /** The longest team or member name, in characters. */
    public static final int MAX_NAME_LENGTH = 80;
    static final int MAX_PREFERENCES_LENGTH = 400;

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final TeamRepository teams;
    private final MemberRepository members;
    private final Installation installation;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final SecurityContextHolderStrategy securityContexts;

    AccountService(TeamRepository teams, MemberRepository members, Installation installation,
                   PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder, TransactionTemplate transaction,
                   ApplicationEventPublisher events, ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.teams = teams;
        this.members = members;
        this.installation = installation;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.events = events;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Whether the first team and its admin exist. Until they do, only first-run setup is offered. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean isSetUp() {
        return installation.completed();
    }

    /**
     * Creates the first team and its admin, once per installation. Open to anonymous visitors until
     * it has happened; afterwards it refuses and stores nothing.
     */
    @PreAuthorize("permitAll()")
    public SetupResult setUp(SetupRequest request) {
        if (installation.completed()) {
            return new SetupResult.AlreadyCompleted();
        }
        var problems = problemsWith(request);
        if (!problems.isEmpty()) {
            return new SetupResult.Invalid(problems);
        }
        var email = EmailAddress.parse(request.email()).orElseThrow();
        var passwordHash = passwordEncoder.encode(request.password());
        try {
            var result = Objects.requireNonNull(transaction.execute(status -> {
                var team = teams.save(new Team(request.teamName().strip()));
                var admin = members.save(new Member(team, email, request.displayName().strip(), passwordHash,
                        Role.ADMIN, request.language()));
                members.flush();
                installation.complete(team.id());
                events.publishEvent(new TeamFounded(team.id(), admin.id()));
                return new SetupResult.Completed(team.id(), admin.id());
            }));
            log.info("First-run setup done: team {} with admin {}", result.teamId(), result.adminId());
            return result;
        } catch (DataAccessException refused) {
            // Two visitors submitting together: the second one's rows break a unique key, and setup is done.
            // Anything else (the database down, a broken constraint) must not be reported as that.
            if (refused instanceof DataIntegrityViolationException && completedDespite(refused)) {
                log.info("First-run setup refused: it was completed concurrently");
                return new SetupResult.AlreadyCompleted();
            }
            var reference = ErrorReference.next();
            log.error("First-run setup failed [ref {}]: nothing was stored", reference, refused);
            return new SetupResult.Failed(reference, String.valueOf(refused.getMostSpecificCause().getMessage()));
        }
    }

    private boolean completedDespite(DataAccessException refused) {
        try {
            return installation.completed();
        } catch (DataAccessException unreadable) {
            refused.addSuppressed(unreadable);
            return false;
        }
    }

    /** The password rule applied to a setup form being filled in, for live feedback while typing. */
    @PreAuthorize("permitAll()")
    public PasswordCheck checkPassword(SetupRequest draft) {
        return passwordPolicy.check(draft.password(), draft.personalWords());
    }

    /** The signed-in member, read fresh (their names, team and language may have changed). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MemberProfile currentMember() {
        return members.findWithTeamById(signedIn().memberId())
                .map(AccountService::profileOf)
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("The signed-in member no longer exists"));
    }

    /** Remembers the language the signed-in member wants the interface in. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public MemberProfile changeLanguage(Language language) {
        var member = members.findWithTeamById(signedIn().memberId())
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("The signed-in member no longer exists"));
        member.changeLanguage(language);
        return profileOf(member);
    }

    /** The mask editor's brush and overlay settings the signed-in member left, as a JSON object, if any. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> maskPreferences() {
        return members.findById(signedIn().memberId()).map(Member::maskPreferences);
    }

    /**
     * Remembers the mask editor's settings of the signed-in member: a JSON object of at most
     * {@value #MAX_PREFERENCES_LENGTH} characters (longer is not kept).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void rememberMaskPreferences(String json) {
        if (json.length() > MAX_PREFERENCES_LENGTH || !json.strip().startsWith("{")) {
            return;
        }
        members.findById(signedIn().memberId()).ifPresent(member -> member.rememberMaskPreferences(json));
    }

    /** Everyone in the signed-in member's team (themselves included), by name: id to name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<UUID, String> teammates() {
        var names = new LinkedHashMap<UUID, String>();
        members.findByTeamIdOrderByDisplayName(signedIn().teamId()).forEach(member -> names.put(member.id(), member.displayName()));
        return names;
    }

    /** The names of the signed-in member's teammates among {@code ids} (others are left out). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<UUID, String> teammateNames(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var names = new HashMap<UUID, String>();
        members.findByTeamIdAndIdIn(signedIn().teamId(), ids).forEach(member -> names.put(member.id(), member.displayName()));
        return names;
    }

    private Map<SetupField, String> problemsWith(SetupRequest request) {
        var problems = new EnumMap<SetupField, String>(SetupField.class);
        nameProblem(request.teamName()).ifPresent(key -> problems.put(SetupField.TEAM_NAME, key));
        nameProblem(request.displayName()).ifPresent(key -> problems.put(SetupField.DISPLAY_NAME, key));
        if (request.email().isBlank()) {
            problems.put(SetupField.EMAIL, "field.error.required");
        } else if (EmailAddress.parse(request.email()).isEmpty()) {
            problems.put(SetupField.EMAIL, "email.error.invalid");
        }
        if (request.password().isEmpty()) {
            problems.put(SetupField.PASSWORD, "field.error.required");
        } else {
            var check = passwordPolicy.check(request.password(), request.personalWords());
            if (check.problem() != null) {
                problems.put(SetupField.PASSWORD, check.problem().messageKey());
            }
        }
        return problems;
    }

    private static Optional<String> nameProblem(String name) {
        if (name.isBlank()) {
            return Optional.of("field.error.required");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            return Optional.of("name.error.too-long");
        }
        return Optional.empty();
    }

    private SignedInMember signedIn() {
        var authentication = securityContexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInMember member) {
            return member;
        }
        throw new AuthenticationCredentialsNotFoundException("No member is signed in");
    }

    private static MemberProfile profileOf(Member member) {
        return new MemberProfile(member.id(), member.team().id(), member.team().name(), member.email(),
                member.displayName(), member.role(), member.language());
    }
}
