package app.atelier.account.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * How a sign-in is checked: the member's BCrypt hash, behind the per-address throttle. The open
 * sessions of each member are tracked, so that a deactivation, a role change or a new password ends
 * them at once.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    /** BCrypt, behind Spring's delegating encoder so that stored hashes name their algorithm. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when a session ends (a timeout, a sign-out). */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    AuthenticationManager authenticationManager(MemberRepository members, PasswordEncoder passwordEncoder,
                                                LoginThrottle throttle) {
        var passwords = new DaoAuthenticationProvider(new MemberDetailsService(members));
        passwords.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
    }
}
