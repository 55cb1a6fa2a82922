package app.atelier.shared;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * What every module relies on: auditing of who changed an entity and when, and method security (each
 * module's services say who may call them with {@code @PreAuthorize}; a module tested alone keeps them).
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "currentActor", dateTimeProviderRef = "auditClock")
@EnableMethodSecurity
class SharedConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Microseconds, as both databases store them: what is saved reads back equal. */
    @Bean
    DateTimeProvider auditClock(Clock clock) {
        return () -> Optional.of(clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    /** The member behind the current request or job; empty for first-run setup and the system. */
    @Bean
    AuditorAware<UUID> currentActor(ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        var contexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        return () -> Optional.ofNullable(contexts.getContext().getAuthentication())
                .filter(Authentication::isAuthenticated)
                .map(Authentication::getPrincipal)
                .filter(Actor.class::isInstance)
                .map(principal -> ((Actor) principal).actorId());
    }
}
