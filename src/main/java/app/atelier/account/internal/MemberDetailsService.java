package app.atelier.account.internal;

import app.atelier.account.SignedInMember;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

/** Finds the member signing in by e-mail, whatever case it was typed in. */
class MemberDetailsService implements UserDetailsService {

    private final MemberRepository members;

    MemberDetailsService(MemberRepository members) {
        this.members = members;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return members.findByEmail(EmailAddress.normalize(email))
                .map(member -> new SignedInMember(member.id(), member.team().id(), member.email(), member.role(),
                        member.enabled(), member.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("No member with this e-mail"));
    }
}
