package app.atelier.account.ui;

import app.atelier.account.Role;
import app.atelier.ui.ComingSoonView;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Team administration: members, roles and credit allowances (a later release fills it). */
@Route("team")
@Menu(order = 3, icon = "vaadin:users", title = "nav.team")
@RolesAllowed(Role.ADMIN_NAME)
public class TeamView extends ComingSoonView {

    TeamView() {
        super("team.title", "team.description", VaadinIcon.USERS, "team.empty.title", "team.empty.text");
    }
}
