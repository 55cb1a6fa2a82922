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

/** Installation settings for admins: vendor keys, storage, public address (a later release fills it). */
@Route("settings")
@Menu(order = 4, icon = "vaadin:cog", title = "nav.settings")
@RolesAllowed(Role.ADMIN_NAME)
public class SettingsView extends Main implements HasDynamicTitle {

    SettingsView() {
        addClassName("view");
        add(new ViewHeader(getTranslation("settings.title"), getTranslation("settings.description")),
                new EmptyState(VaadinIcon.KEY, getTranslation("settings.empty.title"),
                        getTranslation("settings.empty.text"))
                        .comingSoon(getTranslation("common.coming-soon")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("settings.title"));
    }
}
