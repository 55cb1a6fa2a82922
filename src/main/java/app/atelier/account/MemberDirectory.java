package app.atelier.account;

import app.atelier.account.internal.Installation;
import app.atelier.account.internal.Member;
import app.atelier.account.internal.MemberRepository;
import app.atelier.shared.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Members as the application's own background work needs them (who to write to, in which language),
 * with no one signed in. Not for views: what a member may see of others goes through the secured
 * services.
 */
@Service
public class MemberDirectory {

    /** Someone to write to. */
    public record Recipient(UUID memberId, UUID teamId, String email, String name, Language language, Role role,
                            boolean active, String teamName) {
    }

    private final MemberRepository members;
    private final Installation installation;
    private final SecurityContextHolderStrategy securityContexts;

    MemberDirectory(MemberRepository members, Installation installation,
                    ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.members = members;
        this.installation = installation;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Transactional(readOnly = true)
    public Optional<Recipient> find(UUID memberId) {
        return members.findWithTeamById(memberId).map(MemberDirectory::recipient);
    }

    /** The team's active admins, by name. */
    @Transactional(readOnly = true)
    public List<Recipient> activeAdmins(UUID teamId) {
        return members.findByTeamIdOrderByDisplayName(teamId).stream()
                .filter(member -> member.enabled() && member.role() == Role.ADMIN)
                .map(MemberDirectory::recipient)
                .toList();
    }

    /** The team that set the installation up (whose admins answer for its vendor accounts), once there is one. */
    @Transactional(readOnly = true)
    public Optional<UUID> installationTeam() {
        return installation.teamId();
    }

    /** Runs {@code work} as the member, with what they may see and do, on this thread. */
    public <T> T as(Recipient member, Supplier<T> work) {
        return as(new SignedInMember(member.memberId(), member.teamId(), member.email(), member.role(), member.active(), null), work);
    }

    /** Runs {@code work} as the member, with what they may see and do, on this thread. */
    public <T> T as(SignedInMember signedIn, Supplier<T> work) {
        var context = securityContexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.getAuthorities()));
        var before = securityContexts.getContext();
        securityContexts.setContext(context);
        try {
            return work.get();
        } finally {
            if (before.getAuthentication() == null) {
                securityContexts.clearContext();
            } else {
                securityContexts.setContext(before);
            }
        }
    }

    private static Recipient recipient(Member member) {
        return new Recipient(member.id(), member.team().id(), member.email(), member.displayName(), member.language(),
                member.role(), member.enabled(), member.team().name());
    }
}
