package app.atelier.credits.ui;

import app.atelier.credits.Credits;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.LiveUpdates;
import app.atelier.ui.ShellWidget;
import com.vaadin.flow.component.Component;

/** Puts the member's credit balances in the shell's header. */
@org.springframework.stereotype.Component
class CreditBalanceWidget implements ShellWidget {

    private final Credits credits;
    private final LiveUpdates updates;
    private final CurrentMember currentMember;

    CreditBalanceWidget(Credits credits, LiveUpdates updates, CurrentMember currentMember) {
        this.credits = credits;
        this.updates = updates;
        this.currentMember = currentMember;
    }

    @Override
    public Component create() {
        return new CreditBalances(credits, updates, currentMember.require().actorId());
    }
}
