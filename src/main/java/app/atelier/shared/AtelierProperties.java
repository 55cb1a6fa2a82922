package app.atelier.shared;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.nio.file.Path;

/**
 * Top-level settings ({@code atelier.*}).
 *
 * @param publicUrl where vendors and members reach this installation (webhooks, media links)
 * @param dataDir   where the embedded database, media and generated secrets live
 * @param secretKey the installation's master secret ({@code ATELIER_SECRET_KEY}, at least 32
 *                  characters); when absent, one is generated into the data dir and kept there
 */
@Validated
@ConfigurationProperties("atelier")
public record AtelierProperties(@NotNull URI publicUrl, @NotNull Path dataDir, @Nullable String secretKey) {

    /** The public address without a trailing slash, to append paths to. */
    public String publicBase() {
        var url = publicUrl.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
