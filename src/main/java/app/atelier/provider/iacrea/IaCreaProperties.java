package app.atelier.provider.iacrea;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The IA Créa account ({@code atelier.providers.iacrea.*}), shared by its animation and exterior APIs.
 *
 * @param baseUrl        the API's address
 * @param apiKey         the key from the developer space; without it the sandbox stands in (when on)
 * @param userId         the account's user id (a UUID from the developer space), sent in every body
 * @param authStyle      how the key is sent: {@code X_API_KEY} (the pages) or {@code BEARER} (newer hosts)
 * @param animationCost  video credits one animation costs a member
 * @param exteriorCost   photo credits one exterior creation (or variation) costs a member
 */
@Validated
@ConfigurationProperties("atelier.providers.iacrea")
public record IaCreaProperties(@DefaultValue("https://iacrea.com") @NotBlank String baseUrl,
                               @Nullable String apiKey,
                               @Nullable String userId,
                               @DefaultValue("X_API_KEY") @NotNull AuthStyle authStyle,
                               @DefaultValue("10s") @NotNull Duration connectTimeout,
                               @DefaultValue("60s") @NotNull Duration readTimeout,
                               @DefaultValue("1") @Min(0) int animationCost,
                               @DefaultValue("1") @Min(0) int exteriorCost) {

    public enum AuthStyle { X_API_KEY, BEARER }

    @Override
    public String toString() {
        return "IaCreaProperties[" + baseUrl + ", key " + (apiKey == null || apiKey.isBlank() ? "none" : "hidden")
                + ", user " + userId + ", " + authStyle + "]";
    }
}
