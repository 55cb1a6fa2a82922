package app.atelier.account.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** Checks the throttle before the password, and feeds it every outcome. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var email = authentication.getName();
        var wait = throttle.waitBeforeNextAttempt(email);
        if (wait.isPresent()) {
            throw new LoginThrottledException(wait.get());
        }
        try {
            var result = delegate.authenticate(authentication);
            throttle.succeeded(email);
            return result;
        } catch (BadCredentialsException wrongPassword) {
            throttle.failed(email);
            throw wrongPassword;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
