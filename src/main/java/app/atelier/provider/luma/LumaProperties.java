package app.atelier.provider.luma;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The AceData Cloud account for Luma ({@code atelier.providers.luma.*}).
 *
 * @param apiKey      the bearer key; without it the sandbox stands in (when on)
 * @param maxInFlight generations the key may have under way at once (AceData: 5); the rest wait on our side
 * @param cost        video credits one Luma video (or extension) costs a member
 */
@Validated
@ConfigurationProperties("atelier.providers.luma")
public record LumaProperties(@DefaultValue("https://api.acedata.cloud") @NotBlank String baseUrl,
                             @Nullable String apiKey,
                             @DefaultValue("5") @Min(1) @Max(50) int maxInFlight,
                             @DefaultValue("10s") @NotNull Duration connectTimeout,
                             @DefaultValue("60s") @NotNull Duration readTimeout,
                             @DefaultValue("2") @Min(0) int cost) {

    @Override
    public String toString() {
        return "LumaProperties[" + baseUrl + ", key " + (apiKey == null || apiKey.isBlank() ? "none" : "hidden")
                + ", " + maxInFlight + " in flight]";
    }
}
