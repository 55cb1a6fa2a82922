package app.atelier.api.internal;

import app.atelier.account.ApiKeys;
import app.atelier.api.ApiProperties;
import app.atelier.shared.Language;
import app.atelier.shared.MachineEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The API's own filter chain: no session, no CSRF token, no cookie; each request brings its key
 * ({@link ApiKeyFilter}). The documentation ({@code /api/docs}, the OpenAPI description and Swagger UI's
 * files under {@code /api/swagger-ui/}) is open to anyone, like IA Créa's pages.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    static final String DOCS = "/api/docs";
    /** Where springdoc serves Swagger UI's files: beside {@code /api/docs}, which redirects there. */
    private static final String SWAGGER_FILES = "/api/swagger-ui/";

    @Bean
    @Order(0)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiKeys keys, ApiRefusals refusals, RateLimits limits,
                                       ApiProperties settings) throws Exception {
        return MachineEndpoints.stateless(http.securityMatcher("/api/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(DOCS, DOCS + "/**", SWAGGER_FILES + "**").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new ApiKeyFilter(keys, refusals, limits), AnonymousAuthenticationFilter.class)
                // after the key (which reads no body): the refusal speaks the key owner's language
                .addFilterBefore(new ApiBodyLimit(refusals, settings.maxBody()), AnonymousAuthenticationFilter.class)
                .exceptionHandling(failures -> failures
                        .authenticationEntryPoint((request, response, problem) -> refusals.write(response, 401,
                                "missing_api_key", "api.error.missing-key", Language.of(request.getLocale()).locale()))
                        .accessDeniedHandler((request, response, problem) -> refusals.write(response, 403,
                                "forbidden", "api.error.role", Language.of(request.getLocale()).locale())))
                .build();
    }

    static boolean isDocumentation(String path) {
        return path.equals(DOCS) || path.startsWith(DOCS + "/") || path.startsWith(SWAGGER_FILES);
    }
}
