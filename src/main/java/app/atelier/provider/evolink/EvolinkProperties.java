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
 * @param cost       video credits one 5-second video in 720p (the vendor's default) costs a member; 10
 *                   seconds cost twice as much
 * @param cost480p   the same in 480p, which the vendor prices lower
 * @param cost1080p  the same in 1080p, which the vendor prices higher
 */
@Validated
@ConfigurationProperties("atelier.providers.evolink")
public record EvolinkProperties(@DefaultValue("https://api.evolink.ai") @NotBlank String baseUrl,
                                @Nullable String apiKey,
                                @DefaultValue("10s") @NotNull Duration connectTimeout,
                                @DefaultValue("60s") @NotNull Duration readTimeout,
                                @DefaultValue("2") @Min(0) int cost,
                                @DefaultValue("1") @Min(0) int cost480p,
                                @DefaultValue("3") @Min(0) int cost1080p) {

    /** What a 5-second video of this quality costs; an unknown quality is refused before it is priced. */
    int costOf(@Nullable String quality) {
        return switch (quality == null ? "720p" : quality) {
            case "480p" -> cost480p;
            case "1080p" -> cost1080p;
            default -> cost;
        };
    }

    @Override
    public String toString() {
        return "EvolinkProperties[" + baseUrl + ", key " + (apiKey == null || apiKey.isBlank() ? "none" : "hidden") + "]";
    }
}
