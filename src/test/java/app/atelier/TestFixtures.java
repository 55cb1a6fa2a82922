package app.atelier;

import app.atelier.provider.ScriptedProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** What every test context has besides the application: fixture writers and the scripted vendor. */
@TestConfiguration(proxyBeanMethods = false)
@Import({TestAccounts.class, TestProjects.class, TestGenerations.class, TestCredits.class, TestDatabase.class,
        ScriptedProvider.class})
public class TestFixtures {
}
