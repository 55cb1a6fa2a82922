package app.atelier.account.ui;

import app.atelier.account.Role;
import app.atelier.ui.ComingSoonView;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Installation settings for admins: vendor keys, storage, public address (a later release fills it). */
@Route("settings")
@Menu(order = 4, icon = "vaadin:cog", title = "nav.settings")
@RolesAllowed(Role.ADMIN_NAME)
public class SettingsView extends ComingSoonView {

    SettingsView() {
        super("settings.title", "settings.description", VaadinIcon.KEY, "settings.empty.title",
                "settings.empty.text");
    }
}
