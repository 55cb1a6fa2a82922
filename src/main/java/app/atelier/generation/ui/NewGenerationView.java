package app.atelier.generation.ui;

import app.atelier.account.Role;
import app.atelier.ui.ComingSoonView;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The generation wizard's place: viewers create nothing, so they do not see it (a later release fills it). */
@Route("generations/new")
@Menu(order = 1, icon = "vaadin:plus-circle-o", title = "nav.new-generation")
@RolesAllowed({Role.ADMIN_NAME, Role.MEMBER_NAME})
public class NewGenerationView extends ComingSoonView {

    NewGenerationView() {
        super("generation.new", "generation.new.description", VaadinIcon.MAGIC, "generation.new.empty.title",
                "generation.new.empty.text");
    }
}
