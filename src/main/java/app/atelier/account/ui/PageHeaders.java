package app.atelier.account.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * The headers of the application's pages (Vaadin's pages, the public share page, the files served to
 * members): a Content-Security-Policy Vaadin works under, no framing, no MIME sniffing, a referrer
 * policy (none at all from a share page, whose address is its secret), nothing kept in caches unless
 * the response says otherwise (media with its own cache headers), and HSTS over https.
 * <p>
 * They are written before the page rather than when it is sent: Vaadin answers its pages through a
 * forward, and Spring Security's writing on commit never saw them (they went out with none of these).
 */
final class PageHeaders implements HeaderWriter {

    /**
     * Vaadin's client evaluates the JavaScript the server sends ({@code executeJs}) and bootstraps with
     * inline scripts; components style themselves inline. Everything else comes from this server only.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "media-src 'self' blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private PageHeaders() {
    }

    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                // Spring's also writes Pragma and Expires, which a response that knows better cannot take back
                .cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .addHeaderWriter(new PageHeaders());
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        boolean shared = path.startsWith("/share/") || path.startsWith("/public/");
        response.setHeader("Referrer-Policy", shared ? "no-referrer" : "strict-origin-when-cross-origin");
        response.setHeader("Cache-Control", "no-store");
    }
}
