package app.atelier.sandbox;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The sandbox ({@code atelier.sandbox.*}).
 *
 * @param enabled  whether vendors without a key are simulated here (otherwise they are unavailable)
 * @param duration how long a simulated generation takes
 * @param tick     how often due simulated generations are finished and called back
 */
@Validated
@ConfigurationProperties("atelier.sandbox")
public record SandboxProperties(@DefaultValue("true") boolean enabled,
                                @DefaultValue("20s") @NotNull Duration duration,
                                @DefaultValue("250ms") @NotNull Duration tick) {
}
