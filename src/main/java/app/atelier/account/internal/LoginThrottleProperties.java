package app.atelier.account.internal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Sign-in throttling ({@code atelier.login.*}).
 *
 * @param maxFailures   failed sign-ins allowed for one e-mail address in a row
 * @param failureWindow how long it takes for all of them to be forgiven; they come back one by one
 */
@Validated
@ConfigurationProperties("atelier.login")
public record LoginThrottleProperties(@Min(1) int maxFailures, @NotNull Duration failureWindow) {
}
