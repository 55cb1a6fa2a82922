package app.atelier.media.internal;

import app.atelier.media.MediaProperties;
import okhttp3.Dns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The URL fetcher as production uses it: the system's DNS, public addresses only. */
@Configuration(proxyBeanMethods = false)
class MediaConfiguration {

    @Bean
    UrlFetcher urlFetcher(MediaProperties limits, TempFiles tempFiles) {
        return new UrlFetcher(limits, tempFiles, Dns.SYSTEM, (host, address) -> PublicAddresses.isPublic(address));
    }
}
