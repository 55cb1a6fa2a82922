package app.atelier.account;

import app.atelier.account.internal.EmailAddress;
import app.atelier.account.internal.Member;
import app.atelier.account.internal.MemberLinks;
import app.atelier.account.internal.MemberRepository;
import app.atelier.account.internal.MemberSessions;
import app.atelier.account.internal.TeamRepository;
import app.atelier.shared.AfterCommit;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.Language;
import app.atelier.shared.TeamMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * How admins run their team: invitations (a link with an expiry that the admin hands over; the
 * invitee chooses a name and a password), roles, deactivation (what the member made stays) and
 * password-reset links. A team always keeps an active admin. Changing a member's role, deactivating
 * them or giving them a new password ends their open sessions: their next click signs them out.
 */
@Service
public class TeamAdmin {

    /** How long an invitation may stay open: one hour to thirty days. */
    public static final Duration SHORTEST_LINK = Duration.ofHours(1);
    public static final Duration LONGEST_LINK = Duration.ofDays(30);
    /** How long a password-reset link serves. */
    public static final Duration RESET_VALIDITY = Duration.ofHours(24);

    private static final Logger log = LoggerFactory.getLogger(TeamAdmin.class);

    private final MemberRepository members;
    private final TeamRepository teams;
    private final MemberLinks links;
    private final MemberSessions sessions;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final CurrentMember currentMember;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TeamAdmin(MemberRepository members, TeamRepository teams, MemberLinks links, MemberSessions sessions,
              PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder, CurrentMember currentMember,
              ApplicationEventPublisher events, Clock clock) {
        this.members = members;
        this.teams = teams;
        this.links = links;
        this.sessions = sessions;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.currentMember = currentMember;
        this.events = events;
        this.clock = clock;
    }

    /** Everyone in the admin's team, active first, then by name. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<TeamMate> members() {
        var admin = currentMember.require();
        return members.findByTeamIdOrderByDisplayName(admin.teamId()).stream()
                .map(member -> new TeamMate(member.id(), member.displayName(), member.email(), member.role(),
                        member.enabled(), member.language(), member.createdAt(), member.id().equals(admin.actorId())))
                .sorted(Comparator.comparing((TeamMate mate) -> !mate.active()))
                .toList();
    }

    /** The invitations of the admin's team still waiting for an answer, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<PendingInvitation> invitations() {
        var admin = currentMember.require();
        var names = new HashMap<UUID, String>();
        members.findByTeamIdOrderByDisplayName(admin.teamId()).forEach(member -> names.put(member.id(), member.displayName()));
        return links.openInvitations(admin.teamId(), clock.instant()).stream()
                .map(link -> new PendingInvitation(link.id(), String.valueOf(link.email()), link.role() == null ? Role.MEMBER : link.role(),
                        link.createdAt(), link.expiresAt(), link.createdBy() == null ? "" : names.getOrDefault(link.createdBy(), "")))
                .toList();
    }

    /**
     * Invites someone to the admin's team with a role, for {@code validity} (one hour to thirty days),
     * to be addressed in {@code language}. An address already in use (in any team) is refused; a new
     * invitation to the same address withdraws the previous one.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public TeamLinkResult invite(String email, Role role, Duration validity, Language language) {
        var admin = currentMember.require();
        if (email.isBlank()) {
            return new TeamLinkResult.Refused("field.error.required");
        }
        var address = EmailAddress.parse(email);
        if (address.isEmpty()) {
            return new TeamLinkResult.Refused("email.error.invalid");
        }
        if (members.existsByEmail(address.get().value())) {
            return new TeamLinkResult.Refused("team.invite.error.taken");
        }
        if (validity.compareTo(SHORTEST_LINK) < 0 || validity.compareTo(LONGEST_LINK) > 0) {
            return new TeamLinkResult.Refused("team.invite.error.validity");
        }
        var now = clock.instant();
        links.revokeOpen(admin.teamId(), MemberLinks.Purpose.INVITE, null, address.get().value(), now);
        var expiresAt = now.plus(validity);
        var token = links.create(admin.teamId(), MemberLinks.Purpose.INVITE, address.get().value(), role, null,
                expiresAt, now, admin.actorId());
        events.publishEvent(new TeamChanged(admin.teamId()));
        log.info("Member {} invited someone as {} until {}", admin.actorId(), role, expiresAt);
        var by = members.findWithTeamById(admin.actorId()).orElseThrow();
        return new TeamLinkResult.Made(new TeamLink("join/" + token, expiresAt, true, address.get().value(), null, language,
                role, by.team().name(), by.displayName()));
    }

    /** Withdraws an invitation not answered yet. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean withdraw(UUID invitationId) {
        var admin = currentMember.require();
        boolean done = links.revoke(admin.teamId(), invitationId, clock.instant());
        if (done) {
            events.publishEvent(new TeamChanged(admin.teamId()));
        }
        return done;
    }

    /** Gives a member another role. The team's last active admin keeps theirs. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public TeamAdminResult changeRole(UUID memberId, Role role) {
        var admin = currentMember.require();
        var found = members.findByTeamIdAndId(admin.teamId(), memberId);
        if (found.isEmpty()) {
            return new TeamAdminResult.Refused("team.refused.not-found");
        }
        var member = found.get();
        if (member.role() == role) {
            return new TeamAdminResult.Done();
        }
        if (isLastActiveAdmin(member)) {
            return new TeamAdminResult.Refused("team.refused.last-admin");
        }
        member.changeRole(role);
        changed(admin, member);
        log.info("Member {} is now {} (by {})", memberId, role, admin.actorId());
        return new TeamAdminResult.Done();
    }

    /** Deactivates a member (they can no longer sign in; what they made stays) or lets them back in. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public TeamAdminResult activate(UUID memberId, boolean active) {
        var admin = currentMember.require();
        var found = members.findByTeamIdAndId(admin.teamId(), memberId);
        if (found.isEmpty()) {
            return new TeamAdminResult.Refused("team.refused.not-found");
        }
        var member = found.get();
        if (!active && member.id().equals(admin.actorId())) {
            return new TeamAdminResult.Refused("team.refused.yourself");
        }
        if (!active && isLastActiveAdmin(member)) {
            return new TeamAdminResult.Refused("team.refused.last-admin");
        }
        if (member.enabled() != active) {
            member.activate(active);
            if (!active) {
                links.revokeOpen(admin.teamId(), MemberLinks.Purpose.RESET, member.id(), null, clock.instant());
            }
            changed(admin, member);
            log.info("Member {} {} (by {})", memberId, active ? "reactivated" : "deactivated", admin.actorId());
        }
        return new TeamAdminResult.Done();
    }

    /**
     * A link with which an active member chooses a new password, valid {@link #RESET_VALIDITY}; an
     * earlier one still open is withdrawn.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public TeamLinkResult resetLink(UUID memberId) {
        var admin = currentMember.require();
        var found = members.findByTeamIdAndId(admin.teamId(), memberId);
        if (found.isEmpty()) {
            return new TeamLinkResult.Refused("team.refused.not-found");
        }
        if (!found.get().enabled()) {
            return new TeamLinkResult.Refused("team.refused.inactive");
        }
        var now = clock.instant();
        links.revokeOpen(admin.teamId(), MemberLinks.Purpose.RESET, memberId, null, now);
        var expiresAt = now.plus(RESET_VALIDITY);
        var token = links.create(admin.teamId(), MemberLinks.Purpose.RESET, null, null, memberId, expiresAt, now,
                admin.actorId());
        log.info("Member {} made a password-reset link for {}", admin.actorId(), memberId);
        var member = found.get();
        return new TeamLinkResult.Made(new TeamLink("reset/" + token, expiresAt, false, member.email(), member.displayName(),
                member.language(), member.role(), member.team().name(), nameOf(admin.actorId())));
    }

    /** What an invitation link opens, while it can be answered. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<LinkOpening> openInvitation(String token) {
        return links.find(token, MemberLinks.Purpose.INVITE)
                .filter(link -> link.usable(clock.instant()))
                .flatMap(link -> teams.findById(link.teamId()).map(team -> new LinkOpening(team.name(),
                        String.valueOf(link.email()), null, link.role() == null ? Role.MEMBER : link.role(), nameOf(link.createdBy()))));
    }

    /** What a password-reset link opens, while it can be used (and its member is active). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<LinkOpening> openReset(String token) {
        return links.find(token, MemberLinks.Purpose.RESET)
                .filter(link -> link.usable(clock.instant()) && link.memberId() != null)
                .flatMap(link -> members.findWithTeamById(link.memberId()))
                .filter(Member::enabled)
                .map(member -> new LinkOpening(member.team().name(), member.email(), member.displayName(), member.role(), ""));
    }

    /** Joins the team an invitation leads into, with a name and a password; the link then serves no more. */
    @PreAuthorize("permitAll()")
    @Transactional
    public LinkAnswer accept(String token, String name, String password, Language language) {
        var now = clock.instant();
        var found = links.find(token, MemberLinks.Purpose.INVITE).filter(link -> link.usable(now));
        if (found.isEmpty()) {
            return new LinkAnswer.Gone();
        }
        var link = found.get();
        var email = String.valueOf(link.email());
        var problems = new EnumMap<SetupField, String>(SetupField.class);
        if (name.isBlank()) {
            problems.put(SetupField.DISPLAY_NAME, "field.error.required");
        } else if (name.strip().length() > AccountService.MAX_NAME_LENGTH) {
            problems.put(SetupField.DISPLAY_NAME, "name.error.too-long");
        }
        passwordProblem(password, List.of(name, email)).ifPresent(key -> problems.put(SetupField.PASSWORD, key));
        if (!problems.isEmpty()) {
            return new LinkAnswer.Invalid(problems);
        }
        if (members.existsByEmail(email)) {
            problems.put(SetupField.EMAIL, "team.invite.error.taken");
            return new LinkAnswer.Invalid(problems);
        }
        if (!links.use(link.id(), now)) {
            return new LinkAnswer.Gone();
        }
        var team = teams.findById(link.teamId()).orElseThrow();
        var member = members.saveAndFlush(new Member(team, new EmailAddress(email), name.strip(), passwordEncoder.encode(password),
                link.role() == null ? Role.MEMBER : link.role(), language));
        links.acceptedBy(link.id(), member.id());
        events.publishEvent(new TeamChanged(team.id()));
        log.info("Member {} joined team {} as {}", member.id(), team.id(), member.role());
        return new LinkAnswer.Done(email);
    }

    /** Gives the member of a reset link a new password; their open sessions end and the link serves no more. */
    @PreAuthorize("permitAll()")
    @Transactional
    public LinkAnswer resetPassword(String token, String password) {
        var now = clock.instant();
        var link = links.find(token, MemberLinks.Purpose.RESET).filter(found -> found.usable(now) && found.memberId() != null);
        var member = link.flatMap(found -> members.findWithTeamById(found.memberId())).filter(Member::enabled);
        if (link.isEmpty() || member.isEmpty()) {
            return new LinkAnswer.Gone();
        }
        var who = member.get();
        var problem = passwordProblem(password, List.of(who.displayName(), who.email()));
        if (problem.isPresent()) {
            var problems = new EnumMap<SetupField, String>(SetupField.class);
            problems.put(SetupField.PASSWORD, problem.get());
            return new LinkAnswer.Invalid(problems);
        }
        if (!links.use(link.get().id(), now)) {
            return new LinkAnswer.Gone();
        }
        who.changePassword(passwordEncoder.encode(password));
        endSessionsAfterCommit(who.id());
        log.info("Member {} chose a new password through a reset link", who.id());
        return new LinkAnswer.Done(who.email());
    }

    private Optional<String> passwordProblem(String password, List<String> personalWords) {
        if (password.isEmpty()) {
            return Optional.of("field.error.required");
        }
        var check = passwordPolicy.check(password, personalWords);
        return check.problem() == null ? Optional.empty() : Optional.of(check.problem().messageKey());
    }

    private boolean isLastActiveAdmin(Member member) {
        return member.role() == Role.ADMIN && member.enabled()
                && members.countByTeamIdAndRoleAndEnabledTrue(member.team().id(), Role.ADMIN) <= 1;
    }

    private void changed(TeamMember admin, Member member) {
        events.publishEvent(new TeamChanged(admin.teamId()));
        endSessionsAfterCommit(member.id());
    }

    private void endSessionsAfterCommit(UUID memberId) {
        AfterCommit.run(() -> sessions.end(memberId));
    }

    private String nameOf(@org.jspecify.annotations.Nullable UUID memberId) {
        return memberId == null ? "" : members.findById(memberId).map(Member::displayName).orElse("");
    }
}
