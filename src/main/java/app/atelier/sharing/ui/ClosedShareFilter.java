package app.atelier.sharing.ui;

import app.atelier.sharing.Shares;
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
 * A share link that is unknown, expired or revoked answers a real HTTP 404 when it is opened. The
 * page refuses itself too, but Vaadin renders views after the page has already been sent with 200.
 */
@Configuration(proxyBeanMethods = false)
class ClosedShareFilter {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> closedShare(Shares shares) {
        var filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                var path = request.getRequestURI().substring(request.getContextPath().length());
                var token = path.substring(path.indexOf(Shares.PAGE) + Shares.PAGE.length());
                if ("GET".equals(request.getMethod()) && !shares.isOpen(token)) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
        registration.addUrlPatterns("/" + Shares.PAGE + "*");
        return registration;
    }
}
