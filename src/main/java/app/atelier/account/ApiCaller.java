package app.atelier.account;

import app.atelier.shared.Language;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import java.util.UUID;

/** Who a request's API key belongs to: the member it acts as, which key, and their language. */
public record ApiCaller(SignedInMember member, UUID keyId, Language language) {

    /** The member's authentication, for the request (or the work done on its behalf) to act as them. */
    public Authentication authentication() {
        return UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities());
    }
}
