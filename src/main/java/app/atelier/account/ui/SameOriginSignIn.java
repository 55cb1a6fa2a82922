package app.atelier.account.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Refuses a sign-in posted from another site (login CSRF: a page elsewhere signing a visitor's
 * browser into the attacker's account, so that what they upload lands in the attacker's team).
 * Vaadin's sign-in form carries no CSRF token (Vaadin exempts the login page from Spring's check), so
 * the browser's own word is checked instead, as OWASP describes: the {@code Origin} a browser sends
 * with every POST (or the {@code Referer}) must be this server, as the browser addressed it or as
 * {@code atelier.public-url} names it. A request with neither header comes from no browser.
 */
final class SameOriginSignIn extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SameOriginSignIn.class);

    private final String publicAuthority;

    SameOriginSignIn(URI publicUrl) {
        this.publicAuthority = authority(publicUrl.getScheme(), publicUrl.getHost(), publicUrl.getPort());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isSignIn(request);
    }

    /** Whether the request posts the sign-in form. */
    static boolean isSignIn(HttpServletRequest request) {
        return "POST".equalsIgnoreCase(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var from = request.getHeader(HttpHeaders.ORIGIN);
        if (from == null) {
            from = request.getHeader(HttpHeaders.REFERER);
        }
        if (from == null || sameOrigin(from, request)) {
            chain.doFilter(request, response);
            return;
        }
        log.info("A sign-in posted from another site ({}) was refused", from);
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    private boolean sameOrigin(String from, HttpServletRequest request) {
        var origin = authorityOf(from);
        if (origin == null) {
            return false;
        }
        var host = request.getHeader(HttpHeaders.HOST);
        return origin.equals(publicAuthority)
                || host != null && (origin.equals(host.toLowerCase(Locale.ROOT)) || origin.equals(withoutDefaultPort(host)));
    }

    /** {@code host[:port]} of an origin or a referring page, the scheme's default port left out; null for "null" or nonsense. */
    static @Nullable String authorityOf(String from) {
        try {
            var uri = new URI(from.strip());
            return uri.getHost() == null ? null : authority(uri.getScheme(), uri.getHost(), uri.getPort());
        } catch (URISyntaxException notAnAddress) {
            return null;
        }
    }

    private static String authority(@Nullable String scheme, String host, int port) {
        boolean defaultPort = port == -1 || "http".equalsIgnoreCase(scheme) && port == 80 || "https".equalsIgnoreCase(scheme) && port == 443;
        return host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static String withoutDefaultPort(String host) {
        var lower = host.toLowerCase(Locale.ROOT);
        return lower.endsWith(":80") || lower.endsWith(":443") ? lower.substring(0, lower.lastIndexOf(':')) : lower;
    }
}
