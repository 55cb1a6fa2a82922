package app.atelier.provider.local;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The local engine as a provider ({@code atelier.providers.local.*}).
 *
 * @param cost video credits one camera-motion clip costs (0: free)
 */
@Validated
@ConfigurationProperties("atelier.providers.local")
public record LocalEngineProperties(@DefaultValue("0") @Min(0) int cost) {
}
