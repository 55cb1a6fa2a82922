package app.atelier.shared;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;

/**
 * How endpoints that machines call (vendors' webhooks, the sandbox's simulated APIs) are secured: no
 * session, no CSRF token, no saved request, no security context; what they accept they check themselves.
 */
public final class MachineEndpoints {

    private MachineEndpoints() {
    }

    public static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .anonymous(anonymous -> { });
    }
}
