package app.atelier.account.ui;

import app.atelier.account.AccountService;
import app.atelier.account.Role;
import app.atelier.account.SignedInMember;
import app.atelier.shared.Language;
import app.atelier.ui.SignedInAccount;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Gives the shell the signed-in member, read through the account service. */
@Component
class SignedInAccountAdapter implements SignedInAccount {

    private final AccountService accounts;
    private final SecurityContextHolderStrategy securityContexts;

    SignedInAccountAdapter(AccountService accounts, ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        this.accounts = accounts;
        this.securityContexts = securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Override
    public Optional<ShellMember> current() {
        var authentication = securityContexts.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInMember)) {
            return Optional.empty();
        }
        var member = accounts.currentMember();
        return Optional.of(new ShellMember(member.displayName(), member.email(), member.teamName(),
                member.role().labelKey(), member.role() == Role.ADMIN, member.language()));
    }

    @Override
    public void changeLanguage(Language language) {
        accounts.changeLanguage(language);
    }
}
