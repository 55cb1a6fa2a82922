package app.atelier.account.ui;

import app.atelier.account.AccountService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Once the first team exists, {@code /setup} answers a real HTTP 404 with no body. The setup view
 * refuses itself too, but Vaadin renders views after the page has already been sent with 200.
 */
@Configuration(proxyBeanMethods = false)
class SetupGoneFilter {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> setupGone(AccountService accounts) {
        var filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (accounts.isSetUp()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
        registration.addUrlPatterns("/setup", "/setup/");
        return registration;
    }
}
