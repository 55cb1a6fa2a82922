package app.atelier;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Before each test, the installation is new: every table empty, no team, no member. For tests of
 * what happens before and during first-run setup; not with {@link WithMember}, whose member it would erase.
 */
public class FreshInstallation implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context).getBean(TestDatabase.class).reset();
    }
}
