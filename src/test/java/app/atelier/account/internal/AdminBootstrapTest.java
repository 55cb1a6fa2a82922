package app.atelier.account.internal;

import app.atelier.FreshInstallation;
import app.atelier.IntegrationTest;
import app.atelier.account.AccountService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Unattended installs: the first admin from ATELIER_ADMIN_* environment variables. */
@IntegrationTest
@ExtendWith(FreshInstallation.class)
class AdminBootstrapTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;



    @Test
    void createsTheTeamAndAdminFromTheEnvironment() {
        bootstrap(Map.of("ATELIER_ADMIN_EMAIL", "Admin@Agence-du-Port.fr",
                "ATELIER_ADMIN_PASSWORD", "oliviers moulin lavande 73",
                "ATELIER_ADMIN_TEAMNAME", "Agence du Port",
                "ATELIER_ADMIN_LANGUAGE", "ENGLISH"));

        assertThat(accounts.isSetUp()).isTrue();
        var admin = jdbc.sql("SELECT m.email || ' ' || m.display_name || ' ' || m.role || ' ' || m.language || ' ' || t.name FROM member m JOIN team t ON t.id = m.team_id")
                .query(String.class).single();
        assertThat(admin).isEqualTo("admin@agence-du-port.fr Admin ADMIN en Agence du Port");
    }

    @Test
    void aWeakPasswordStopsTheStartWithTheReason() {
        assertThatThrownBy(() -> bootstrap(Map.of("ATELIER_ADMIN_EMAIL", "admin@agence-du-port.fr",
                "ATELIER_ADMIN_PASSWORD", "admin")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ATELIER_ADMIN_")
                .hasMessageContaining("password.error.too-short");
        assertThat(accounts.isSetUp()).isFalse();
    }

    @Test
    void anAddressWithoutAPasswordStopsTheStart() {
        assertThatThrownBy(() -> bootstrap(Map.of("ATELIER_ADMIN_EMAIL", "admin@agence-du-port.fr")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ATELIER_ADMIN_PASSWORD");
    }

    @Test
    void aWriteTheDatabaseRefusesStopsTheStartWithTheRealCause() {
        jdbc.sql("ALTER TABLE member ADD CONSTRAINT refuses_for_the_test CHECK (role <> 'ADMIN')").update();
        try {
            assertThatThrownBy(() -> bootstrap(Map.of("ATELIER_ADMIN_EMAIL", "admin@agence-du-port.fr",
                    "ATELIER_ADMIN_PASSWORD", "oliviers moulin lavande 73")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("the database refused the write")
                    .hasMessageContaining("refuses_for_the_test")
                    .hasMessageNotContaining("already exist");
            assertThat(accounts.isSetUp()).isFalse();
        } finally {
            jdbc.sql("ALTER TABLE member DROP CONSTRAINT refuses_for_the_test").update();
        }
    }

    @Test
    void doesNothingOnceSetupIsDone() {
        bootstrap(Map.of("ATELIER_ADMIN_EMAIL", "first@agence-du-port.fr", "ATELIER_ADMIN_PASSWORD", "oliviers moulin lavande 73"));

        bootstrap(Map.of("ATELIER_ADMIN_EMAIL", "second@agence-du-port.fr", "ATELIER_ADMIN_PASSWORD", "oliviers moulin lavande 73"));

        assertThat(jdbc.sql("SELECT email FROM member").query(String.class).list()).containsExactly("first@agence-du-port.fr");
    }

    private void bootstrap(Map<String, Object> environment) {
        var env = new StandardEnvironment();
        env.getPropertySources().addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
        var properties = new Binder(ConfigurationPropertySources.get(env))
                .bindOrCreate("atelier.admin", AdminBootstrapProperties.class);
        new AdminBootstrap(properties, accounts).run(new DefaultApplicationArguments());
    }
}
