package app.atelier.sandbox.internal;

import app.atelier.shared.MachineEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The sandbox's endpoints answer like the vendors they play: no session, no CSRF token, no sign-in;
 * each checks the vendor's key itself and refuses in the vendor's words.
 */
@Configuration(proxyBeanMethods = false)
class SandboxSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain sandboxFilterChain(HttpSecurity http) throws Exception {
        return MachineEndpoints.stateless(http.securityMatcher("/sandbox/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll()))
                .build();
    }
}
