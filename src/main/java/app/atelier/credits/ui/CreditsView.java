package app.atelier.credits.ui;

import app.atelier.ui.EmptyState;
import app.atelier.ui.ViewHeader;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The member's credit balances and what each generation cost (a later release fills it). */
@Route("credits")
@Menu(order = 2, icon = "vaadin:coin-piles", title = "nav.credits")
@PermitAll
public class CreditsView extends Main implements HasDynamicTitle {

    CreditsView() {
        addClassName("view");
        add(new ViewHeader(getTranslation("credits.title"), getTranslation("credits.description")),
                new EmptyState(VaadinIcon.COIN_PILES, getTranslation("credits.empty.title"),
                        getTranslation("credits.empty.text"))
                        .comingSoon(getTranslation("common.coming-soon")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("credits.title"));
    }
}
