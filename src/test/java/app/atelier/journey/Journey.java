package app.atelier.journey;

import app.atelier.TestAccounts;
import app.atelier.TestCredits;
import app.atelier.TestGenerations;
import app.atelier.TestProjects;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a journey in the browser starts from: a Chromium open for the test class, the port the
 * application listens on, and the fixtures that give a team members, projects, credits and
 * generations. Subclasses are {@link BrowserTest}s.
 */
abstract class Journey {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestProjects projects;

    @Autowired
    TestCredits credits;

    @Autowired
    TestGenerations generations;

    /** The application's address, without a trailing slash. */
    String base() {
        return "http://localhost:" + port;
    }
}
