package app.atelier.api.internal;

import app.atelier.account.ApiKeys;
import app.atelier.shared.Language;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Turns a request's API key ({@code x-api-key: <key>}, as IA Créa's pages do, or
 * {@code Authorization: Bearer <key>}) into its member for this request only, in their language, after
 * taking one request from the key's rate limit. No key, or one that opens nothing: 401; over the limit:
 * 429 with {@code Retry-After}. The documentation pages need no key.
 */
class ApiKeyFilter extends OncePerRequestFilter {

    /** The request attribute that holds the {@link app.atelier.account.ApiCaller}. */
    static final String CALLER = ApiKeyFilter.class.getName() + ".caller";
    private static final String BEARER = "Bearer ";

    private final ApiKeys keys;
    private final ApiRefusals refusals;
    private final RateLimits limits;

    ApiKeyFilter(ApiKeys keys, ApiRefusals refusals, RateLimits limits) {
        this.keys = keys;
        this.refusals = refusals;
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return ApiSecurity.isDocumentation(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var locale = Language.of(request.getLocale()).locale();
        var presented = presentedKey(request);
        if (presented == null) {
            refusals.write(response, HttpServletResponse.SC_UNAUTHORIZED, "missing_api_key", "api.error.missing-key", locale);
            return;
        }
        var caller = keys.authenticate(presented);
        if (caller.isEmpty()) {
            refusals.write(response, HttpServletResponse.SC_UNAUTHORIZED, "invalid_api_key", "api.error.invalid-key", locale);
            return;
        }
        var probe = limits.take(caller.get().keyId());
        response.setHeader("X-RateLimit-Limit", Integer.toString(limits.perMinute()));
        response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            refusals.write(response, 429, "rate_limited", "api.error.rate-limited", caller.get().language().locale(),
                    limits.perMinute(), seconds);
            return;
        }
        // the language is read from the caller (ApiRefusals): Spring MVC sets the request's own around each request
        request.setAttribute(CALLER, caller.get());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(caller.get().authentication());
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static @Nullable String presentedKey(HttpServletRequest request) {
        var key = request.getHeader("x-api-key");
        if (key != null && !key.isBlank()) {
            return key.strip();
        }
        var authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            var bearer = authorization.substring(BEARER.length()).strip();
            return bearer.isEmpty() ? null : bearer;
        }
        return null;
    }
}
