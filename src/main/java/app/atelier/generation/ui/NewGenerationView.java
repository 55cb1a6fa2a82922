package app.atelier.generation.ui;

import app.atelier.account.Role;
import app.atelier.ui.EmptyState;
import app.atelier.ui.ViewHeader;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The generation wizard's place: viewers create nothing, so they do not see it (a later release fills it). */
@Route("generations/new")
@Menu(order = 1, icon = "vaadin:plus-circle-o", title = "nav.new-generation")
@RolesAllowed({Role.ADMIN_NAME, Role.MEMBER_NAME})
public class NewGenerationView extends Main implements HasDynamicTitle {

    NewGenerationView() {
        addClassName("view");
        add(new ViewHeader(getTranslation("generation.new"), getTranslation("generation.new.description")),
                new EmptyState(VaadinIcon.MAGIC, getTranslation("generation.new.empty.title"),
                        getTranslation("generation.new.empty.text"))
                        .comingSoon(getTranslation("common.coming-soon")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("generation.new"));
    }
}
