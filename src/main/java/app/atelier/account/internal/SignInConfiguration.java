package app.atelier.account.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How a sign-in is checked: the member's BCrypt hash, behind the per-address throttle. */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    /** BCrypt, behind Spring's delegating encoder so that stored hashes name their algorithm. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(MemberRepository members, PasswordEncoder passwordEncoder,
                                                LoginThrottle throttle) {
        var passwords = new DaoAuthenticationProvider(new MemberDetailsService(members));
        passwords.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
    }
}
