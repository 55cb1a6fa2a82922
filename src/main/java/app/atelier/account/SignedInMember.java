package app.atelier.account;

import app.atelier.shared.TeamMember;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The principal of a signed-in member. It carries ids and the role only: names, team and language
 * are read fresh from {@link AccountService} because they change while the session lives.
 */
public final class SignedInMember implements UserDetails, CredentialsContainer, TeamMember {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID memberId;
    private final UUID teamId;
    private final String email;
    private final Role role;
    private final boolean enabled;
    private @Nullable String passwordHash;

    public SignedInMember(UUID memberId, UUID teamId, String email, Role role, boolean enabled,
                          @Nullable String passwordHash) {
        this.memberId = memberId;
        this.teamId = teamId;
        this.email = email;
        this.role = role;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public UUID memberId() {
        return memberId;
    }

    @Override
    public UUID teamId() {
        return teamId;
    }

    public Role role() {
        return role;
    }

    @Override
    public UUID actorId() {
        return memberId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInMember that && memberId.equals(that.memberId);
    }

    @Override
    public int hashCode() {
        return memberId.hashCode();
    }

    @Override
    public String toString() {
        return "SignedInMember[" + memberId + ", " + role + "]";
    }
}
