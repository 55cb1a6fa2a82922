package app.atelier;

import org.junit.jupiter.api.Tag;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One module with the modules it uses directly, on its own database (an H2 file in a data directory
 * of its own): Spring Modulith starts only their beans, so a test of the module starts in a fraction
 * of the whole application's time and proves the module needs nothing else. Tagged {@code module}:
 * {@code mvn test -Dgroups=module} runs these alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("application")
@Tag("module")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
@ContextConfiguration(initializers = FreshDataDirectory.class)
@Import(TestAccounts.class)
public @interface ModuleTest {
}
