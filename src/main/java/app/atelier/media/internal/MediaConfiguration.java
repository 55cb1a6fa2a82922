package app.atelier.media.internal;

import app.atelier.shared.PublicAddresses;
import app.atelier.media.MediaProperties;
import app.atelier.media.TrustedResultHosts;
import okhttp3.Dns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Locale;

/** The URL fetchers as production uses them: the system's DNS, public addresses only (but for trusted result hosts). */
@Configuration(proxyBeanMethods = false)
class MediaConfiguration {

    @Bean
    UrlFetcher urlFetcher(MediaProperties limits, TempFiles tempFiles) {
        var trusted = limits.importTrustedHosts().stream().map(host -> host.toLowerCase(Locale.ROOT)).toList();
        return new UrlFetcher(limits, tempFiles, Dns.SYSTEM, (host, address) -> trusted.contains(host.toLowerCase(Locale.ROOT))
                || PublicAddresses.isPublic(address));
    }

    @Bean
    ResultFetcher resultFetcher(MediaProperties limits, TempFiles tempFiles, List<TrustedResultHosts> vouched) {
        var trusted = limits.trustedHosts().stream().map(host -> host.toLowerCase(Locale.ROOT)).toList();
        return new ResultFetcher(new UrlFetcher(limits, limits.maxResultSize().toBytes(), "video/*, image/*", tempFiles,
                Dns.SYSTEM, (host, address) -> trusted.contains(host.toLowerCase(Locale.ROOT))
                || vouched.stream().anyMatch(hosts -> hosts.trusts(host)) || PublicAddresses.isPublic(address)), vouched);
    }
}
