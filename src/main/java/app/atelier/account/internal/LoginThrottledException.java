package app.atelier.account.internal;

import org.springframework.security.core.AuthenticationException;

import java.io.Serial;
import java.time.Duration;

/** Too many failed sign-ins for this address: the password was not even checked. */
public class LoginThrottledException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
