package app.atelier;

import app.atelier.generation.HeardKeyRefusals;
import app.atelier.provider.ScriptedProvider;
import app.atelier.sandbox.SandboxFixture;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** What every test context has besides the application: fixture writers, the scripted vendor, the sandbox's helpers. */
@TestConfiguration(proxyBeanMethods = false)
@Import({TestAccounts.class, TestProjects.class, TestGenerations.class, TestCredits.class, TestDatabase.class,
        ScriptedProvider.class, SandboxFixture.class, HeardKeyRefusals.class})
public class TestFixtures {
}
