package app.atelier.account.ui;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only a page the browser opens with a session this node does not know starts a session marked as
 * following an ended one; a request of a page's own (Vaadin's, a script) starts none, so the last
 * requests of a page whose member just signed in cannot put a new session in the place of theirs.
 */
class EndedSessionRedirectTest {

    private final EndedSessionRedirect filter = new EndedSessionRedirect("/login?expired");

    @Test
    void aPageOpenedWithAnUnknownSessionIsMarkedAndSentToTheEndedSignIn() throws Exception {
        var request = unknownSession("GET", "/projects/42");
        request.addHeader("Accept", "text/html,application/xhtml+xml");
        var response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).sendRedirect("/login"));

        assertThat(request.getSession(false)).isNotNull();
        assertThat(request.getSession(false).getAttribute(EndedSessionRedirect.AFTER_ENDED)).isEqualTo(Boolean.TRUE);
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
    }

    @Test
    void vaadinsOwnRequestsAndScriptsStartNoSession() throws Exception {
        var uidl = unknownSession("POST", "/");
        uidl.setParameter("v-r", "uidl");
        uidl.addHeader("Accept", "application/json");
        var heartbeat = unknownSession("POST", "/");
        heartbeat.setParameter("v-r", "heartbeat");
        var script = unknownSession("GET", "/VAADIN/build/indexhtml.js");
        script.addHeader("Accept", "*/*");

        for (var request : new MockHttpServletRequest[] {uidl, heartbeat, script}) {
            filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
            assertThat(request.getSession(false)).as(request.getRequestURI() + " " + request.getParameter("v-r")).isNull();
        }
    }

    private static MockHttpServletRequest unknownSession(String method, String path) {
        var request = new MockHttpServletRequest(method, path);
        request.setRequestedSessionId("gone-with-its-node");
        request.setRequestedSessionIdValid(false);
        return request;
    }
}
