package app.atelier.account.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Keeps the address a sign-in was posted with in the session, so that the sign-in page shown again
 * after a refusal has it filled in (Spring Security's redirect to {@code /login?error} forgets it).
 */
final class SignInAddress extends OncePerRequestFilter {

    /** The longest address worth keeping: a valid one is at most 254 characters. */
    private static final int LONGEST = 254;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SameOriginSignIn.isSignIn(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var address = request.getParameter("username");
        if (address != null && !address.isBlank() && address.length() <= LONGEST) {
            request.getSession().setAttribute(LoginView.ADDRESS, address.strip());
        }
        chain.doFilter(request, response);
    }
}
