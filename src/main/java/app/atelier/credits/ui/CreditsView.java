package app.atelier.credits.ui;

import app.atelier.ui.ComingSoonView;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The member's credit balances and what each generation cost (a later release fills it). */
@Route("credits")
@Menu(order = 2, icon = "vaadin:coin-piles", title = "nav.credits")
@PermitAll
public class CreditsView extends ComingSoonView {

    CreditsView() {
        super("credits.title", "credits.description", VaadinIcon.COIN_PILES, "credits.empty.title",
                "credits.empty.text");
    }
}
