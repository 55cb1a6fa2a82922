package app.atelier.media.storage;

import app.atelier.shared.AtelierProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store chosen by {@code atelier.storage.type}. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    Storage storage(StorageProperties settings, AtelierProperties atelier) {
        return switch (settings.type()) {
            case LOCAL -> new LocalStorage(atelier.dataDir().resolve("media"));
            case S3 -> new S3Storage(settings.s3());
        };
    }
}
