package app.atelier.media;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;

/**
 * Limits on imported photos, and how long vendor links live ({@code atelier.media.*}).
 *
 * @param maxSize       the largest file accepted
 * @param maxPixels     the most pixels accepted, checked from the header before decoding
 * @param minSide       the smallest width or height accepted
 * @param linkLifetime  how long a signed link given to a vendor works
 * @param fetchTimeout  how long a URL import may take to connect, and then between bytes
 * @param maxRedirects  how many redirects a URL import follows
 * @param maxResultSize the largest result (a vendor's video or image) copied into our storage
 * @param trustedHosts  hosts whose results are fetched even from a private address (a vendor on the
 *                      same network, the sandbox); every other result host must be public
 * @param importTrustedHosts hosts that photo imports from a web address may reach even at a private
 *                      address (none in production: for tests that serve photos from this machine)
 */
@Validated
@ConfigurationProperties("atelier.media")
public record MediaProperties(@DefaultValue("25MB") @NotNull DataSize maxSize,
                              @DefaultValue("50000000") @Min(1) long maxPixels,
                              @DefaultValue("256") @Min(1) int minSide,
                              @DefaultValue("1h") @NotNull Duration linkLifetime,
                              @DefaultValue("15s") @NotNull Duration fetchTimeout,
                              @DefaultValue("5") @Min(0) int maxRedirects,
                              @DefaultValue("1GB") @NotNull DataSize maxResultSize,
                              @DefaultValue List<String> trustedHosts,
                              @DefaultValue List<String> importTrustedHosts) {

    public MediaProperties {
        trustedHosts = List.copyOf(trustedHosts);
        importTrustedHosts = List.copyOf(importTrustedHosts);
    }

    /** The limits for photo imports, as in production, with no trusted host. */
    public static MediaProperties of(DataSize maxSize, long maxPixels, int minSide, Duration linkLifetime,
                                     Duration fetchTimeout, int maxRedirects) {
        return new MediaProperties(maxSize, maxPixels, minSide, linkLifetime, fetchTimeout, maxRedirects,
                DataSize.ofGigabytes(1), List.of(), List.of());
    }

    public static MediaProperties defaults() {
        return of(DataSize.ofMegabytes(25), 50_000_000, 256, Duration.ofHours(1), Duration.ofSeconds(15), 5);
    }
}
