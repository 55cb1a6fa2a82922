package app.atelier.account.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;

/**
 * A member whose session is gone (it timed out, or the node that held it stopped and the balancer
 * sent them to another) is sent to sign in again told why. A request carrying a session this node
 * does not know gets a new session marked as following an ended one (the sign-in page says so, once,
 * however the browser reaches it: a redirect, or Vaadin's reload after its "session expired"), and
 * when it is about to be sent to the sign-in page it goes to the one that says the session ended.
 * Nothing else changes: public pages still serve, the rules of who may see what stay Spring
 * Security's own.
 */
class EndedSessionRedirect extends OncePerRequestFilter {

    /** The session attribute saying the session before this one ended without signing out. */
    static final String AFTER_ENDED = "atelier.after-ended-session";

    private final String endedLogin;

    /** @param endedLogin the sign-in page that says the session ended (path and query) */
    EndedSessionRedirect(String endedLogin) {
        this.endedLogin = endedLogin;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestedSessionId() == null || request.isRequestedSessionIdValid()) {
            chain.doFilter(request, response);
            return;
        }
        // only a page the browser opens is marked: the sign-in page itself says nothing of it (signing out
        // leads there with the old session's cookie), and a request of a page's own (Vaadin's, a script,
        // an image) never starts a session: the old page of a member who just signed in still sends its
        // last ones with the id signing in replaced, and a session started then would take the place of
        // the signed-in one in the browser. Vaadin answers such a request "session expired"; the page
        // reloads, and the reload is marked.
        if (opensAPage(request) && !request.getRequestURI().equals(request.getContextPath() + "/login")) {
            request.getSession(true).setAttribute(AFTER_ENDED, Boolean.TRUE);
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                super.sendRedirect(toSignIn(request, location) ? request.getContextPath() + endedLogin : location);
            }
        });
    }

    /** A page the browser navigates to: a GET asking for HTML that is not one of Vaadin's own requests. */
    static boolean opensAPage(HttpServletRequest request) {
        var accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod()) && request.getParameter("v-r") == null
                && accept != null && accept.contains("text/html");
    }

    /** Whether a redirect goes to the plain sign-in page (the way an unknown visitor is sent there). */
    private static boolean toSignIn(HttpServletRequest request, String location) {
        var path = URI.create(location).getPath();
        return path != null && path.equals(request.getContextPath() + "/login") && URI.create(location).getQuery() == null;
    }
}
