package app.atelier.account.internal;

import app.atelier.account.SignedInMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The open sessions of a member. Ending them makes the member's next request (a click in an open
 * tab) sign them out: the role a session carries is the one the member had when signing in.
 */
@Component
public class MemberSessions {

    private static final Logger log = LoggerFactory.getLogger(MemberSessions.class);

    private final SessionRegistry registry;

    MemberSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Ends every session of the member; returns how many there were. */
    public int end(UUID memberId) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof SignedInMember member && member.memberId().equals(memberId)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of member {}", ended, memberId);
        }
        return ended;
    }
}
