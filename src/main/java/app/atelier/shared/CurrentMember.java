package app.atelier.shared;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The member of the current request, for services that scope what they do to the member's team.
 * Background jobs have none: they are handed the member they act for.
 */
@Component
public class CurrentMember {

    private final SecurityContextHolderStrategy securityContexts;

    CurrentMember(ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<TeamMember> find() {
        var authentication = securityContexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TeamMember member) {
            return Optional.of(member);
        }
        return Optional.empty();
    }

    /** Whether the member of the current request holds {@code authority} (e.g. {@code ROLE_ADMIN}). */
    public boolean has(String authority) {
        var authentication = securityContexts.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> authority.equals(granted.getAuthority()));
    }

    /** @throws AuthenticationCredentialsNotFoundException when nobody is signed in */
    public TeamMember require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No member is signed in"));
    }
}
