package app.atelier.account.ui;

import app.atelier.account.Role;
import app.atelier.shared.AtelierProperties;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Web security: Vaadin's form login on {@link LoginView} (checked by the account module's throttled
 * authentication manager); the session id renewed at sign-in; the
 * health probe open, the Prometheus scrape for admins or the scrape token, and every other actuator
 * endpoint for admins only.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String LOGOUT_SUCCESS_URL = "/login?signed-out";
    private static final String[] PUBLIC_ASSETS = {"/styles/**", "/icons/**"};

    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
                                         MetricsProperties metrics) throws Exception {
        var admin = AuthorityAuthorizationManager.<RequestAuthorizationContext>hasRole(Role.ADMIN_NAME);
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        // a Prometheus server with the scrape token, or an admin
                        .requestMatchers(EndpointRequest.to("prometheus")).access((authentication, context) ->
                                new AuthorizationDecision(metrics.admits(context.getRequest().getHeader(HttpHeaders.AUTHORIZATION))
                                        || admin.authorize(authentication, context).isGranted()))
                        .anyRequest().hasRole(Role.ADMIN_NAME))
                .httpBasic(Customizer.withDefaults())
                // a refused scraper or script gets its 401 without a session made for it; an admin's session still serves
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain applicationSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
                                            SessionRegistry sessionRegistry, AtelierProperties atelier) throws Exception {
        return http.authenticationManager(authenticationManager)
                .headers(PageHeaders::configure)
                // Vaadin's sign-in form has no CSRF token: another site must not be able to post it
                .addFilterBefore(new SameOriginSignIn(atelier.publicUrl()), UsernamePasswordAuthenticationFilter.class)
                // a member whose session is gone (timed out, or held by a node that stopped) is told so at sign-in
                .addFilterBefore(new EndedSessionRedirect("/login?" + LoginView.SESSION_EXPIRED), ExceptionTranslationFilter.class)
                // the address a refused sign-in was tried with is filled in again
                .addFilterBefore(new SignInAddress(), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // the stylesheet and icons dress the sign-in page too
                        .requestMatchers(PUBLIC_ASSETS).permitAll()
                        // signed, expiring links that vendors fetch photos and masks from (checked by the media module)
                        .requestMatchers("/public/**").permitAll()
                        // error pages (a 401 from the actuator, a 404) must render for anyone
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll())
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId())
                        // every session is registered, so that ending a member's sessions signs them out at their next request
                        .maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login?" + LoginView.SESSION_ENDED))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .loginView(LoginView.class, LOGOUT_SUCCESS_URL)
                        // Vaadin denies unknown paths outright (a bare 403); signed-in members get our 404 view
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }
}
