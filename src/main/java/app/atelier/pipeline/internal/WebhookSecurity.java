package app.atelier.pipeline.internal;

import app.atelier.shared.MachineEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Webhooks come from vendors' servers, without a session or a CSRF token: their own filter chain
 * lets POSTs to {@code /webhooks/{provider}/{token}} through (the token is the credential, checked by
 * {@link WebhookIntake}), refuses every other method or path below {@code /webhooks/}, and never
 * creates a session.
 */
@Configuration(proxyBeanMethods = false)
class WebhookSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain webhookFilterChain(HttpSecurity http) throws Exception {
        return MachineEndpoints.stateless(http.securityMatcher("/webhooks/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/webhooks/*/*").permitAll()
                        .anyRequest().denyAll()))
                .build();
    }
}
