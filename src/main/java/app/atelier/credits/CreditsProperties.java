package app.atelier.credits;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.ZoneId;

/**
 * Credit settings ({@code atelier.credits.*}).
 *
 * @param startingVideo video credits granted to a new team's first admin
 * @param startingPhoto photo credits granted to a new team's first admin
 * @param zone          where months start, for monthly allowances and usage figures
 */
@Validated
@ConfigurationProperties("atelier.credits")
public record CreditsProperties(@DefaultValue("20") @Min(0) int startingVideo,
                                @DefaultValue("20") @Min(0) int startingPhoto,
                                @DefaultValue("Europe/Paris") @NotNull ZoneId zone) {
}
