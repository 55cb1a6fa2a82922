package app.atelier.credits;

import app.atelier.FreshInstallation;
import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.account.AccountService;
import app.atelier.account.Role;
import app.atelier.account.SetupRequest;
import app.atelier.account.SetupResult;
import app.atelier.account.SignedInMember;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where credits come from until the admin screens exist: the first admin's starting grant, and grants by an admin. */
@IntegrationTest
@ExtendWith(FreshInstallation.class)
class GrantsTest {

    static final String PASSWORD = "oliviers moulin lavande 73";

    @Autowired
    AccountService accounts;

    @Autowired
    Credits credits;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        securityContexts.clearContext();
    }

    @Test
    void theFirstAdminStartsWithTheConfiguredCreditsInEachCurrency() {
        signIn(admin(setUp()));
        var mine = credits.mine();

        // application-test.properties keeps the defaults: 20 video credits and 20 photo credits
        assertThat(mine.video()).isEqualTo(new Balance(20, 0, 0));
        assertThat(mine.photo()).isEqualTo(new Balance(20, 0, 0));
    }

    @Test
    void aRefusedSetupGrantsNothing() {
        var refused = accounts.setUp(new SetupRequest("Agence du Port", "Claire Martin", "claire@", PASSWORD, Language.FRENCH));

        assertThat(refused).isInstanceOf(SetupResult.Invalid.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM credit_entry").query(Long.class).single()).isZero();
    }

    @Test
    void anAdminGrantsCreditsToATeammateOnly() {
        var admin = admin(setUp());
        var teamId = admin.teamId();
        var teammate = testAccounts.memberOf(teamId, Role.MEMBER);
        var stranger = testAccounts.memberOf(testAccounts.otherTeam(), Role.MEMBER);
        signIn(admin);

        credits.grant(teammate.memberId(), CreditCurrency.VIDEO, 15, "mandat Villa Les Oliviers");

        assertThatThrownBy(() -> credits.grant(stranger.memberId(), CreditCurrency.VIDEO, 15, "ailleurs"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> credits.grant(teammate.memberId(), CreditCurrency.VIDEO, 0, "rien"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> credits.grant(UUID.randomUUID(), CreditCurrency.PHOTO, 3, "personne"))
                .isInstanceOf(IllegalArgumentException.class);
        signIn(teammate);
        assertThat(credits.mine().video()).isEqualTo(new Balance(15, 0, 0));
        assertThat(credits.mine().photo()).isEqualTo(Balance.EMPTY);
        signIn(stranger);
        assertThat(credits.mine().video()).isEqualTo(Balance.EMPTY);
    }

    @Test
    void onlyAnAdminGrants() {
        var teamId = ((SetupResult.Completed) setUp()).teamId();
        var member = testAccounts.memberOf(teamId, Role.MEMBER);
        signIn(member);

        assertThatThrownBy(() -> credits.grant(member.memberId(), CreditCurrency.VIDEO, 100, "moi-même"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(credits.mine().video()).isEqualTo(Balance.EMPTY);
    }

    private static SignedInMember admin(SetupResult setUp) {
        var completed = (SetupResult.Completed) setUp;
        return new SignedInMember(completed.adminId(), completed.teamId(), "claire@agence-du-port.fr", Role.ADMIN, true, null);
    }

    private SetupResult setUp() {
        return accounts.setUp(new SetupRequest("Agence du Port", "Claire Martin", "claire@agence-du-port.fr", PASSWORD,
                Language.FRENCH));
    }

    private void signIn(SignedInMember member) {
        var context = securityContexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities()));
        securityContexts.setContext(context);
    }
}
