package app.atelier.management;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.WithMember;
import app.atelier.account.LinkAnswer;
import app.atelier.account.Role;
import app.atelier.account.SignedInMember;
import app.atelier.account.TeamAdmin;
import app.atelier.account.TeamAdminResult;
import app.atelier.account.TeamLinkResult;
import app.atelier.credits.Adjustment;
import app.atelier.credits.CreditAlerts;
import app.atelier.credits.Credits;
import app.atelier.provider.PublicReach;
import app.atelier.provider.VendorKeys;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Running a team through the services, as the views do: invitations answered once, roles, the last
 * admin kept, deactivation and reset links ending sessions, credits given and taken back with a
 * reason, monthly allowances; and everything an admin does refused to members and viewers at the
 * service, whatever the interface shows.
 */
@IntegrationTest
class TeamAdminTest {

    static final String PASSWORD = "oliviers moulin lavande 73";

    @Autowired
    TeamAdmin team;

    @Autowired
    Credits credits;

    @Autowired
    VendorKeys vendorKeys;

    @Autowired
    PublicReach reach;

    @Autowired
    Dashboard dashboard;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    SessionRegistry sessions;

    @Test
    @WithMember(role = Role.MEMBER)
    void membersCannotReachAnythingAnAdminDoes() {
        assertAdminOnly();
    }

    @Test
    @WithMember(role = Role.VIEWER)
    void viewersCannotReachAnythingAnAdminDoes() {
        assertAdminOnly();
    }

    private void assertAdminOnly() {
        var someone = UUID.randomUUID();
        assertThatThrownBy(() -> team.members()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> team.invite("marc@agence-du-port.fr", Role.ADMIN, Duration.ofDays(7), Language.FRENCH))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> team.changeRole(someone, Role.ADMIN)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> team.activate(someone, false)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> team.resetLink(someone)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> credits.adjust(someone, CreditCurrency.VIDEO, 5, "cadeau")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> credits.setAllowance(someone, CreditCurrency.VIDEO, 5)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> credits.setAlerts(new CreditAlerts(1, 1, 1))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> credits.team()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> credits.of(someone)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> vendorKeys.states()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> vendorKeys.save("evolink", "sk-0123456789abcdef", null)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> vendorKeys.remove("evolink")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> vendorKeys.balances(true)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> reach.check()).isInstanceOf(AuthorizationDeniedException.class);
        // a member's dashboard is their own, whoever they ask about
        var mine = dashboard.ledger(LedgerFilter.ALL.withMember(someone), 0, 50);
        assertThat(mine).allSatisfy(line -> assertThat(line.memberId()).isEqualTo(accounts.currentMemberId()));
    }

    @Test
    @WithMember(role = Role.ADMIN, freshTeam = true)
    void anInvitationIsAnsweredOnceWithANameAndAPassword() {
        var email = "invite-" + UUID.randomUUID() + "@agence-du-port.fr";
        var made = (TeamLinkResult.Made) team.invite(email, Role.VIEWER, Duration.ofDays(7), Language.FRENCH);
        var token = made.link().path().substring("join/".length());
        assertThat(team.invitations()).extracting(invitation -> invitation.email()).containsExactly(email);

        var opening = team.openInvitation(token).orElseThrow();
        assertThat(opening.email()).isEqualTo(email);
        assertThat(opening.role()).isEqualTo(Role.VIEWER);
        var weak = team.accept(token, "Marc Dubois", "password", Language.ENGLISH);
        assertThat(weak).isInstanceOf(LinkAnswer.Invalid.class);
        assertThat(team.accept(token, "Marc Dubois", PASSWORD, Language.ENGLISH)).isEqualTo(new LinkAnswer.Done(email));

        assertThat(team.accept(token, "Marc Again", PASSWORD, Language.ENGLISH)).isEqualTo(new LinkAnswer.Gone());
        assertThat(team.openInvitation(token)).isEmpty();
        assertThat(team.members()).anySatisfy(mate -> {
            assertThat(mate.email()).isEqualTo(email);
            assertThat(mate.role()).isEqualTo(Role.VIEWER);
        });
        assertThat(team.invitations()).isEmpty();
        var signedIn = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD));
        assertThat(((SignedInMember) signedIn.getPrincipal()).role()).isEqualTo(Role.VIEWER);
    }

    @Test
    @WithMember(role = Role.ADMIN, freshTeam = true)
    void anExpiredOrWithdrawnInvitationOpensNothing() {
        var expired = (TeamLinkResult.Made) team.invite("late-" + UUID.randomUUID() + "@agence-du-port.fr", Role.MEMBER, Duration.ofDays(1), Language.FRENCH);
        jdbc.sql("UPDATE member_link SET expires_at = expires_at - INTERVAL '2' DAY WHERE purpose = 'INVITE'").update();
        assertThat(team.openInvitation(expired.link().path().substring(5))).isEmpty();
        assertThat(team.accept(expired.link().path().substring(5), "Late", PASSWORD, Language.FRENCH)).isEqualTo(new LinkAnswer.Gone());

        var withdrawn = (TeamLinkResult.Made) team.invite("gone-" + UUID.randomUUID() + "@agence-du-port.fr", Role.MEMBER, Duration.ofDays(1), Language.FRENCH);
        assertThat(team.withdraw(team.invitations().getFirst().id())).isTrue();
        assertThat(team.openInvitation(withdrawn.link().path().substring(5))).isEmpty();
        assertThat(team.invite("claire@", Role.MEMBER, Duration.ofDays(1), Language.FRENCH)).isEqualTo(new TeamLinkResult.Refused("email.error.invalid"));
        assertThat(team.invite(accounts.currentEmail(), Role.MEMBER, Duration.ofDays(1), Language.FRENCH))
                .isEqualTo(new TeamLinkResult.Refused("team.invite.error.taken"));
    }

    @Test
    @WithMember(role = Role.ADMIN, freshTeam = true)
    void theLastActiveAdminKeepsTheirRoleAndAccount() {
        var me = accounts.currentMemberId();
        assertThat(team.changeRole(me, Role.MEMBER)).isEqualTo(new TeamAdminResult.Refused("team.refused.last-admin"));
        assertThat(team.activate(me, false)).isEqualTo(new TeamAdminResult.Refused("team.refused.yourself"));
        var teammate = accounts.memberOf(accounts.currentTeamId(), Role.MEMBER);
        assertThat(team.changeRole(teammate.memberId(), Role.ADMIN)).isEqualTo(new TeamAdminResult.Done());
        assertThat(team.changeRole(me, Role.MEMBER)).isEqualTo(new TeamAdminResult.Done());
        var stranger = accounts.memberOf(accounts.otherTeam(), Role.MEMBER);
        assertThat(team.changeRole(stranger.memberId(), Role.ADMIN)).isEqualTo(new TeamAdminResult.Refused("team.refused.not-found"));
    }

    @Test
    @WithMember(role = Role.ADMIN, freshTeam = true)
    void aDeactivatedMemberCannotSignInAndTheirSessionsEnd() {
        var admin = SecurityContextHolder.getContext().getAuthentication();
        var email = "deactivated-" + UUID.randomUUID() + "@agence-du-port.fr";
        var token = ((TeamLinkResult.Made) team.invite(email, Role.MEMBER, Duration.ofDays(1), Language.FRENCH)).link().path().substring(5);
        team.accept(token, "Lucie Bernard", PASSWORD, Language.FRENCH);
        var lucie = (SignedInMember) authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD))
                .getPrincipal();
        sessions.registerNewSession("session-of-lucie-" + UUID.randomUUID(), lucie);
        SecurityContextHolder.getContext().setAuthentication(admin);

        assertThat(team.activate(lucie.memberId(), false)).isEqualTo(new TeamAdminResult.Done());

        assertThat(sessions.getAllSessions(lucie, true)).isNotEmpty().allSatisfy(session -> assertThat(session.isExpired()).isTrue());
        assertThatThrownBy(() -> authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD)))
                .isInstanceOf(DisabledException.class);
        assertThat(team.resetLink(lucie.memberId())).isEqualTo(new TeamLinkResult.Refused("team.refused.inactive"));
        assertThat(team.members()).filteredOn(mate -> mate.id().equals(lucie.memberId())).singleElement()
                .satisfies(mate -> assertThat(mate.active()).isFalse());
        assertThat(team.activate(lucie.memberId(), true)).isEqualTo(new TeamAdminResult.Done());
        assertThat(authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD)).isAuthenticated()).isTrue();
    }

    @Test
    @WithMember(role = Role.ADMIN, freshTeam = true)
    void aResetLinkGivesANewPasswordOnce() {
        var email = "reset-" + UUID.randomUUID() + "@agence-du-port.fr";
        var joined = ((TeamLinkResult.Made) team.invite(email, Role.MEMBER, Duration.ofDays(1), Language.FRENCH)).link().path().substring(5);
        team.accept(joined, "Paul Girard", PASSWORD, Language.FRENCH);
        var paul = team.members().stream().filter(mate -> mate.email().equals(email)).findFirst().orElseThrow();

        var token = ((TeamLinkResult.Made) team.resetLink(paul.id())).link().path().substring("reset/".length());
        assertThat(team.openReset(token).orElseThrow().name()).isEqualTo("Paul Girard");
        var newPassword = "phare cap ferret mouette 19";
        assertThat(team.resetPassword(token, newPassword)).isEqualTo(new LinkAnswer.Done(email));
        assertThat(team.resetPassword(token, "encore un autre mot 42")).isEqualTo(new LinkAnswer.Gone());
        assertThat(authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, newPassword)).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD)))
                .isInstanceOf(org.springframework.security.authentication.BadCredentialsException.class);
    }

    @Test
    @WithMember(role = Role.ADMIN, freshTeam = true)
    void creditsAreGivenAndTakenBackWithAReasonNeverBelowZero() {
        var teammate = accounts.memberOf(accounts.currentTeamId(), Role.MEMBER);
        var given = (Adjustment.Done) credits.adjust(teammate.memberId(), CreditCurrency.VIDEO, 8, "mandat Villa Les Oliviers");
        assertThat(given.balances().video().available()).isEqualTo(8);
        assertThat(credits.adjust(teammate.memberId(), CreditCurrency.VIDEO, -9, "trop")).isEqualTo(
                new Adjustment.Refused("credits.adjust.error.more-than-available", 8));
        assertThat(credits.adjust(teammate.memberId(), CreditCurrency.VIDEO, -3, " ")).isEqualTo(
                new Adjustment.Refused("credits.adjust.error.reason", 0));
        var taken = (Adjustment.Done) credits.adjust(teammate.memberId(), CreditCurrency.VIDEO, -3, "erreur de saisie");
        assertThat(taken.balances().video().available()).isEqualTo(5);

        var lines = dashboard.ledger(LedgerFilter.ALL.withMember(teammate.memberId()), 0, 10);
        assertThat(lines).extracting(LedgerLine::kind, LedgerLine::change, LedgerLine::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REMOVE", -3, "erreur de saisie"),
                        org.assertj.core.groups.Tuple.tuple("GRANT", 8, "mandat Villa Les Oliviers"));
        assertThat(lines).allSatisfy(line -> assertThat(line.byName()).isEqualTo("Claire Martin"));
    }

    @Test
    @WithMember(role = Role.ADMIN, freshTeam = true)
    void aMonthlyAllowanceTopsUpOnceAMonth() {
        var teammate = accounts.memberOf(accounts.currentTeamId(), Role.MEMBER);
        credits.adjust(teammate.memberId(), CreditCurrency.PHOTO, 3, "bienvenue");
        var set = (Adjustment.Done) credits.setAllowance(teammate.memberId(), CreditCurrency.PHOTO, 10);
        assertThat(set.balances().photo().available()).isEqualTo(10);
        assertThat(credits.renewAllowances()).isZero();
        // a new month: the allowance is applied again, topping up what was spent since
        credits.adjust(teammate.memberId(), CreditCurrency.PHOTO, -4, "rendu");
        jdbc.sql("UPDATE credit_allowance SET renewed_for = '2000-01' WHERE member_id = ?").param(teammate.memberId()).update();
        assertThat(credits.renewAllowances()).isGreaterThanOrEqualTo(1);
        assertThat(credits.team().get(teammate.memberId()).photo().available()).isEqualTo(10);
        assertThat(credits.allowances()).singleElement().satisfies(allowance -> assertThat(allowance.monthly()).isEqualTo(10));
        assertThat(credits.setAllowance(teammate.memberId(), CreditCurrency.PHOTO, 0)).isInstanceOf(Adjustment.Done.class);
        assertThat(credits.allowances()).isEmpty();
    }
}
