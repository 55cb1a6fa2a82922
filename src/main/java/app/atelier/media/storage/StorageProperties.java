package app.atelier.media.storage;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.net.URI;

/**
 * Where files are kept ({@code atelier.storage.*}).
 *
 * @param type {@code local}: a folder under the data dir; {@code s3}: an S3-compatible object store
 */
@Validated
@ConfigurationProperties("atelier.storage")
public record StorageProperties(@DefaultValue("local") @NotNull Type type, @DefaultValue S3 s3) {

    public enum Type { LOCAL, S3 }

    /**
     * @param endpoint  the store's address (empty: AWS itself)
     * @param pathStyle {@code bucket} in the path rather than the host name (MinIO, s3proxy, most
     *                  self-hosted stores need it)
     */
    public record S3(@Nullable URI endpoint, @DefaultValue("us-east-1") String region, @Nullable String bucket,
                     @Nullable String accessKey, @Nullable String secretKey, @DefaultValue("false") boolean pathStyle) {
    }
}
