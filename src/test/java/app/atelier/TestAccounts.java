package app.atelier;

import app.atelier.account.Role;
import app.atelier.account.SignedInMember;
import app.atelier.shared.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Members for tests, written straight into the tables (the product can only create its first admin
 * so far). They belong to one fixture team, "Agence du Port", created with the installation record
 * when missing. Imported by the test annotations ({@code @IntegrationTest}, ...).
 */
public class TestAccounts {

    public static final UUID TEAM_ID = UUID.fromString("0190a3c0-0000-7000-8000-000000000001");
    public static final String TEAM_NAME = "Agence du Port";
    public static final String PASSWORD = "oliviers moulin lavande 73";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;

    public TestAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    /** In a module's test without the account module (no encoder of the application's), Spring Security's own. */
    @Autowired
    public TestAccounts(JdbcClient jdbc, ObjectProvider<PasswordEncoder> passwordEncoder) {
        this(jdbc, passwordEncoder.getIfAvailable(PasswordEncoderFactories::createDelegatingPasswordEncoder));
    }

    public SignedInMember member(Role role, Language language, String displayName) {
        return memberOf(ensureTeam(), role, language, displayName);
    }

    /** The fixture team, created (with the installation record) when missing. */
    public UUID ensureTeam() {
        var exists = jdbc.sql("SELECT COUNT(*) FROM team WHERE id = ?").param(TEAM_ID).query(Long.class).single() > 0;
        if (!exists) {
            jdbc.sql("INSERT INTO team (id, name, created_at, updated_at, version) VALUES (?, ?, ?, ?, 0)")
                    .params(TEAM_ID, TEAM_NAME, now(), now())
                    .update();
        }
        var installed = jdbc.sql("SELECT COUNT(*) FROM installation").query(Long.class).single() > 0;
        if (!installed) {
            jdbc.sql("INSERT INTO installation (id, team_id, completed_at) VALUES (1, ?, ?)").params(TEAM_ID, now()).update();
        }
        return TEAM_ID;
    }

    /** A second team, for checks that one team cannot reach another's things. */
    public UUID otherTeam() {
        var id = UUID.randomUUID();
        jdbc.sql("INSERT INTO team (id, name, created_at, updated_at, version) VALUES (?, 'Immo Concurrence', ?, ?, 0)")
                .params(id, now(), now())
                .update();
        return id;
    }

    public SignedInMember memberOf(UUID teamId, Role role) {
        return memberOf(teamId, role, Language.FRENCH, "Marc Petit");
    }

    public SignedInMember memberOf(UUID teamId, Role role, Language language, String displayName) {
        var id = UUID.randomUUID();
        var email = "member-" + id.toString().substring(0, 8) + "@elsewhere.fr";
        jdbc.sql("""
                        INSERT INTO member (id, team_id, email, display_name, password_hash, role, language, enabled,
                                            created_at, updated_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, 0)""")
                .params(id, teamId, email, displayName, passwordEncoder.encode(PASSWORD), role.name(), language.code(),
                        now(), now())
                .update();
        return new SignedInMember(id, teamId, email, role, true, null);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The member the test runs as ({@code @WithMember}). */
    public SignedInMember current() {
        return (SignedInMember) org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication().getPrincipal();
    }

    public UUID currentMemberId() {
        return current().memberId();
    }

    public UUID currentTeamId() {
        return current().teamId();
    }

    public String currentEmail() {
        return current().getUsername();
    }
}
