package app.atelier.journey;

import app.atelier.TestAccounts;
import app.atelier.account.Role;
import app.atelier.shared.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The operations endpoints: health for load balancers, everything else for admins only. */
@BrowserTest
class ActuatorSecurityTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Test
    void healthIsOpenToAnyone() throws Exception {
        var response = get("/actuator/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void otherEndpointsAskForCredentials() throws Exception {
        var response = get("/actuator/metrics", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
    }

    @Test
    void aMemberIsRefusedAndAnAdminLetIn() throws Exception {
        var member = accounts.member(Role.MEMBER, Language.FRENCH, "Marc Petit");
        var admin = accounts.member(Role.ADMIN, Language.FRENCH, "Claire Martin");

        assertThat(get("/actuator/metrics", member.getUsername()).statusCode()).isEqualTo(403);
        assertThat(get("/actuator/metrics", admin.getUsername()).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String email) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (email != null) {
            var credentials = email + ":" + TestAccounts.PASSWORD;
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
