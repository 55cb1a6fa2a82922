package app.atelier.account.ui;

import app.atelier.account.Role;
import app.atelier.ui.EmptyState;
import app.atelier.ui.ViewHeader;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Team administration: members, roles and credit allowances (a later release fills it). */
@Route("team")
@Menu(order = 3, icon = "vaadin:users", title = "nav.team")
@RolesAllowed(Role.ADMIN_NAME)
public class TeamView extends Main implements HasDynamicTitle {

    TeamView() {
        addClassName("view");
        add(new ViewHeader(getTranslation("team.title"), getTranslation("team.description")),
                new EmptyState(VaadinIcon.USERS, getTranslation("team.empty.title"), getTranslation("team.empty.text"))
                        .comingSoon(getTranslation("common.coming-soon")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("team.title"));
    }
}
