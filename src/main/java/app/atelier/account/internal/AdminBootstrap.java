package app.atelier.account.internal;

import app.atelier.account.AccountService;
import app.atelier.account.PasswordPolicy;
import app.atelier.account.SetupRequest;
import app.atelier.account.SetupResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.util.Objects;

/**
 * Unattended installs: creates the first team and admin from the environment at start, instead of
 * the /setup page. A missing half or a weak password stops the start with a message saying why:
 * a server that silently ignored its admin settings would be worse.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AdminBootstrapProperties admin;
    private final AccountService accounts;

    AdminBootstrap(AdminBootstrapProperties admin, AccountService accounts) {
        this.admin = admin;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!admin.requested()) {
            return;
        }
        if (admin.email() == null || admin.email().isBlank() || admin.password() == null || admin.password().isEmpty()) {
            throw new IllegalStateException(
                    "ATELIER_ADMIN_EMAIL and ATELIER_ADMIN_PASSWORD must be given together to create the first admin");
        }
        var email = admin.email();
        var displayName = Objects.requireNonNullElse(admin.name(), email.substring(0, Math.max(1, email.indexOf('@'))));
        var result = accounts.setUp(new SetupRequest(admin.teamName(), displayName, email, admin.password(),
                admin.language()));
        switch (result) {
            case SetupResult.Completed completed ->
                    log.info("Created team '{}' and its admin {} from ATELIER_ADMIN_*", admin.teamName(), email);
            case SetupResult.AlreadyCompleted already ->
                    log.info("ATELIER_ADMIN_* ignored: the first team and admin already exist");
            case SetupResult.Failed failed -> throw new IllegalStateException(
                    "Cannot create the first admin from ATELIER_ADMIN_*: the database refused the write [ref "
                            + failed.reference() + "]: " + failed.cause());
            case SetupResult.Invalid invalid -> throw new IllegalStateException(
                    "Cannot create the first admin from ATELIER_ADMIN_*: " + invalid.problems()
                            + " (passwords need " + PasswordPolicy.MIN_LENGTH
                            + "+ characters and must be hard to guess)");
        }
    }
}
