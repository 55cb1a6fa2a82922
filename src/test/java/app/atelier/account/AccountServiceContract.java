package app.atelier.account;

import app.atelier.FreshInstallation;
import app.atelier.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the account service promises, on every database the product supports. */
@ExtendWith(FreshInstallation.class)
abstract class AccountServiceContract {

    static final String PASSWORD = "oliviers moulin lavande 73";

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;


    /** This application context's own holder: several test contexts each install one. */
    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @BeforeEach
    void nobodySignedIn() {
        securityContexts.clearContext();
    }

    @Test
    void setupCreatesTheTeamAndItsAdminOnce() {
        var result = accounts.setUp(request("Claire@Agence-du-Port.FR", PASSWORD));

        assertThat(result).isInstanceOf(SetupResult.Completed.class);
        var completed = (SetupResult.Completed) result;
        assertThat(accounts.isSetUp()).isTrue();
        var row = jdbc.sql("SELECT m.email, m.role, m.language, m.password_hash, t.name FROM member m JOIN team t ON t.id = m.team_id WHERE m.id = ?")
                .param(completed.adminId())
                .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)})
                .single();
        assertThat(row[0]).isEqualTo("claire@agence-du-port.fr");
        assertThat(row[1]).isEqualTo("ADMIN");
        assertThat(row[2]).isEqualTo("fr");
        assertThat(row[3]).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
        assertThat(row[4]).isEqualTo("Agence du Port");
    }

    @Test
    void aSecondSetupIsRefusedAndStoresNothing() {
        accounts.setUp(request("claire@agence-du-port.fr", PASSWORD));

        var second = accounts.setUp(new SetupRequest("Autre Agence", "Marc Petit", "marc@autre.fr", PASSWORD, Language.ENGLISH));

        assertThat(second).isInstanceOf(SetupResult.AlreadyCompleted.class);
        assertThat(count("team")).isEqualTo(1);
        assertThat(count("member")).isEqualTo(1);
    }

    @Test
    void aSetupTheDatabaseRefusesForAnotherReasonSaysSoAndStoresNothing() {
        jdbc.sql("ALTER TABLE member ADD CONSTRAINT refuses_for_the_test CHECK (display_name <> 'Claire Martin')").update();
        try {
            var result = accounts.setUp(request("claire@agence-du-port.fr", PASSWORD));

            assertThat(result).isInstanceOf(SetupResult.Failed.class);
            var failed = (SetupResult.Failed) result;
            assertThat(failed.reference()).matches("[2-9A-HJKMNP-Z]{8}");
            assertThat(failed.cause()).containsIgnoringCase("refuses_for_the_test");
            assertThat(accounts.isSetUp()).isFalse();
            assertThat(count("team")).isZero();
            assertThat(count("member")).isZero();
        } finally {
            jdbc.sql("ALTER TABLE member DROP CONSTRAINT refuses_for_the_test").update();
        }
        assertThat(accounts.setUp(request("claire@agence-du-port.fr", PASSWORD))).as("once the database takes writes again")
                .isInstanceOf(SetupResult.Completed.class);
    }

    @Test
    void invalidInputNamesEachWrongFieldAndStoresNothing() {
        var result = accounts.setUp(new SetupRequest(" ", "x".repeat(81), "claire@", "azertyuiop", Language.FRENCH));

        assertThat(result).isEqualTo(new SetupResult.Invalid(Map.of(
                SetupField.TEAM_NAME, "field.error.required",
                SetupField.DISPLAY_NAME, "name.error.too-long",
                SetupField.EMAIL, "email.error.invalid",
                SetupField.PASSWORD, "password.error.too-guessable")));
        assertThat(accounts.isSetUp()).isFalse();
        assertThat(count("team")).isZero();
        assertThat(count("member")).isZero();
    }

    @Test
    void concurrentSetupsLeaveExactlyOneTeamAndOneAdmin() throws Exception {
        int visitors = 4;
        var start = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(visitors);
        try {
            var outcomes = new ArrayList<Future<SetupResult>>();
            for (int i = 0; i < visitors; i++) {
                var email = "visitor" + i + "@agence-du-port.fr";
                Callable<SetupResult> visit = () -> {
                    start.await();
                    return accounts.setUp(request(email, PASSWORD));
                };
                outcomes.add(executor.submit(visit));
            }
            start.countDown();
            var results = new ArrayList<SetupResult>();
            for (var outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).filteredOn(SetupResult.Completed.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(SetupResult.AlreadyCompleted.class::isInstance).hasSize(visitors - 1);
        } finally {
            executor.shutdownNow();
        }
        assertThat(count("team")).isEqualTo(1);
        assertThat(count("member")).isEqualTo(1);
        assertThat(count("installation")).isEqualTo(1);
    }

    @Test
    void theSignedInMemberReadsAndChangesTheirLanguage() {
        var admin = signInAsFirstAdmin();

        assertThat(accounts.currentMember().language()).isEqualTo(Language.FRENCH);
        var changed = accounts.changeLanguage(Language.ENGLISH);

        assertThat(changed.language()).isEqualTo(Language.ENGLISH);
        assertThat(accounts.currentMember().language()).isEqualTo(Language.ENGLISH);
        var audit = jdbc.sql("SELECT created_by, updated_by, updated_at > created_at FROM member WHERE id = ?")
                .param(admin.memberId())
                .query((rs, n) -> new Object[]{rs.getObject(1), rs.getObject(2), rs.getBoolean(3)})
                .single();
        assertThat(audit[0]).as("created during anonymous setup").isNull();
        assertThat(audit[1]).as("changed by the admin").isEqualTo(admin.memberId());
        assertThat(audit[2]).isEqualTo(true);
    }

    @Test
    void nobodyReadsAMemberWithoutSigningIn() {
        accounts.setUp(request("claire@agence-du-port.fr", PASSWORD));

        assertThatThrownBy(() -> accounts.currentMember()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> accounts.changeLanguage(Language.ENGLISH)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void theDatabaseRefusesASecondMemberWithTheSameAddress() {
        var completed = (SetupResult.Completed) accounts.setUp(request("claire@agence-du-port.fr", PASSWORD));

        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO member (id, team_id, email, display_name, password_hash, role, language, enabled,
                                            created_at, updated_at, version)
                        VALUES (?, ?, 'claire@agence-du-port.fr', 'Claire bis', 'x', 'MEMBER', 'fr', TRUE,
                                CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)""")
                .params(UUID.randomUUID(), completed.teamId())
                .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private SignedInMember signInAsFirstAdmin() {
        var completed = (SetupResult.Completed) accounts.setUp(request("claire@agence-du-port.fr", PASSWORD));
        var admin = new SignedInMember(completed.adminId(), completed.teamId(), "claire@agence-du-port.fr", Role.ADMIN, true, null);
        securityContexts.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        return admin;
    }

    private static SetupRequest request(String email, String password) {
        return new SetupRequest("Agence du Port", "Claire Martin", email, password, Language.FRENCH);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
