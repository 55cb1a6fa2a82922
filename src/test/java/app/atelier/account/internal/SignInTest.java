package app.atelier.account.internal;

import app.atelier.FreshInstallation;
import app.atelier.IntegrationTest;
import app.atelier.account.AccountService;
import app.atelier.account.Role;
import app.atelier.account.SetupRequest;
import app.atelier.account.SignedInMember;
import app.atelier.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signing in through the real authentication manager: by e-mail in any case, throttled per address. */
@IntegrationTest
@ExtendWith(FreshInstallation.class)
class SignInTest {

    private static final String PASSWORD = "oliviers moulin lavande 73";

    @Autowired
    AuthenticationManager authenticationManager;

    @Autowired
    AccountService accounts;

    @Autowired
    LoginThrottle throttle;


    @BeforeEach
    void anInstallationWithItsAdmin() {
        accounts.setUp(new SetupRequest("Agence du Port", "Claire Martin", "claire@agence-du-port.fr", PASSWORD, Language.FRENCH));
        throttle.succeeded("claire@agence-du-port.fr");
    }

    @Test
    void theAdminSignsInWithTheirAddressTypedInAnyCase() {
        var result = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("Claire@Agence-du-Port.fr", PASSWORD));

        assertThat(result.isAuthenticated()).isTrue();
        var member = (SignedInMember) result.getPrincipal();
        assertThat(member.role()).isEqualTo(Role.ADMIN);
        assertThat(result.getAuthorities()).extracting(Object::toString).contains("ROLE_ADMIN");
        assertThat(member.getPassword()).as("the hash is erased after sign-in").isNull();
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() {
        assertThatThrownBy(() -> signIn("claire@agence-du-port.fr", "not the password"))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn("nobody@agence-du-port.fr", PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedForAWhile() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn("claire@agence-du-port.fr", "guess")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn("claire@agence-du-port.fr", PASSWORD))
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        throttled -> assertThat(throttled.retryAfter()).isPositive());
    }

    private void signIn(String email, String password) {
        authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }
}
