package app.atelier;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's global holder at the strategy of the test's own application context.
 *
 * <p>Vaadin's security wiring makes a {@code VaadinAwareSecurityContextHolderStrategy} per
 * application context (each with its own thread-local) and installs it in the static
 * {@link SecurityContextHolder}. With several cached contexts in one JVM (H2 and PostgreSQL), the
 * holder keeps the strategy of whichever context started last: a member signed in by
 * {@link WithMember} would then be invisible to the other context's views, which send them to the
 * sign-in page. This listener runs before Spring Security's {@code WithSecurityContext} listener.
 */
public class ContextSecurityStrategy implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 1000; // before WithSecurityContextTestExecutionListener (10000) and the Mock ones
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
