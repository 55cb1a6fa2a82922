package app.atelier.shared;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.nio.file.Path;

/**
 * Top-level settings ({@code atelier.*}).
 *
 * @param publicUrl where vendors and members reach this installation (webhooks, media links)
 * @param dataDir   where the embedded database, media and generated secrets live
 */
@Validated
@ConfigurationProperties("atelier")
public record AtelierProperties(@NotNull URI publicUrl, @NotNull Path dataDir) {
}
