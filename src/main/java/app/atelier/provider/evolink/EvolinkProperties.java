package app.atelier.provider.evolink;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The Evolink account ({@code atelier.providers.evolink.*}) for Wan 2.5 image-to-video.
 *
 * @param apiKey the bearer key; without it the sandbox stands in (when on)
 * @param cost   video credits one 5-second video costs a member (10 seconds cost twice as much)
 */
@Validated
@ConfigurationProperties("atelier.providers.evolink")
public record EvolinkProperties(@DefaultValue("https://api.evolink.ai") @NotBlank String baseUrl,
                                @Nullable String apiKey,
                                @DefaultValue("10s") @NotNull Duration connectTimeout,
                                @DefaultValue("60s") @NotNull Duration readTimeout,
                                @DefaultValue("2") @Min(0) int cost) {

    @Override
    public String toString() {
        return "EvolinkProperties[" + baseUrl + ", key " + (apiKey == null || apiKey.isBlank() ? "none" : "hidden") + "]";
    }
}
