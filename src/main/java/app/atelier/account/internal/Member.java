package app.atelier.account.internal;

import app.atelier.account.Role;
import app.atelier.shared.AuditedEntity;
import app.atelier.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.util.Objects;

@Entity
@Table(name = "member")
public class Member extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id", nullable = false, updatable = false)
    private @Nullable Team team;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 80)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Convert(converter = LanguageConverter.class)
    @Column(nullable = false, length = 8)
    private Language language;
    @Column(name = "mask_preferences", length = 400)
    private @Nullable String maskPreferences;

    @Column(nullable = false)
    private boolean enabled;

    protected Member() {
        this.email = "";
        this.displayName = "";
        this.passwordHash = "";
        this.role = Role.VIEWER;
        this.language = Language.defaultLanguage();
    }

    public Member(Team team, EmailAddress email, String displayName, String passwordHash, Role role,
                  Language language) {
        this.team = team;
        this.email = email.value();
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.language = language;
        this.enabled = true;
    }

    public Team team() {
        return Objects.requireNonNull(team);
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public Language language() {
        return language;
    }

    public boolean enabled() {
        return enabled;
    }

    /** The mask editor's settings as the member left them (a JSON object), if ever. */
    public @Nullable String maskPreferences() {
        return maskPreferences;
    }

    public void rememberMaskPreferences(String json) {
        this.maskPreferences = json;
    }

    public void changeLanguage(Language language) {
        this.language = language;
    }

    public void changeRole(Role role) {
        this.role = role;
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** Deactivated members cannot sign in; what they made stays. */
    public void activate(boolean active) {
        this.enabled = active;
    }
}
