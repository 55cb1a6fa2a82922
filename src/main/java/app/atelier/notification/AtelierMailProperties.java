package app.atelier.notification;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;

/**
 * E-mail settings ({@code atelier.mail.*}); the SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from                 the sender, e.g. {@code Atelier <atelier@agence.fr>}; by default
 *                             {@code spring.mail.username} when it is an address, else {@code no-reply@}
 *                             the public address's host
 * @param generationEndedAfter a generation that ended sooner is not worth an e-mail (the member was
 *                             probably still looking)
 * @param vendorBalanceCheck   how often vendor balances are read for the low-balance e-mails
 * @param retryWaits           the waits before trying a notification again when the server does not take it
 */
@Validated
@ConfigurationProperties("atelier.mail")
public record AtelierMailProperties(@Nullable String from,
                             @DefaultValue("3m") @NotNull Duration generationEndedAfter,
                             @DefaultValue("6h") @NotNull Duration vendorBalanceCheck,
                             @DefaultValue({"30s", "5m"}) List<Duration> retryWaits) {

    public AtelierMailProperties {
        retryWaits = List.copyOf(retryWaits);
    }
}
