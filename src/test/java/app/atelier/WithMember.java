package app.atelier;

import app.atelier.account.Role;
import app.atelier.shared.Language;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Runs a test as a newly created member of the fixture team, signed in as {@code SecurityConfiguration} would leave them. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@WithSecurityContext(factory = WithMember.Factory.class)
public @interface WithMember {

    Role role() default Role.MEMBER;

    Language language() default Language.FRENCH;

    String name() default "Claire Martin";

    /** A member of a team of their own, created for the test: nothing of other tests is in it. */
    boolean freshTeam() default false;

    final class Factory implements WithSecurityContextFactory<WithMember> {

        private final TestAccounts accounts;

        Factory(TestAccounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public SecurityContext createSecurityContext(WithMember annotation) {
            var member = annotation.freshTeam()
                    ? accounts.memberOf(accounts.otherTeam(), annotation.role(), annotation.language(), annotation.name())
                    : accounts.member(annotation.role(), annotation.language(), annotation.name());
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities()));
            return context;
        }
    }
}
