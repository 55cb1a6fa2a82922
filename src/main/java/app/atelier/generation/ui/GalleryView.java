package app.atelier.generation.ui;

import app.atelier.ui.EmptyState;
import app.atelier.ui.ViewHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.annotation.security.PermitAll;

/** The home page: the team's projects. Until there are any, it says what it is for and how to fill it. */
@Route("")
@Menu(order = 0, icon = "vaadin:grid-big-o", title = "nav.gallery")
@PermitAll
public class GalleryView extends Main implements HasDynamicTitle {

    GalleryView(AccessAnnotationChecker access) {
        addClassName("view");
        var header = new ViewHeader(getTranslation("gallery.title"), getTranslation("gallery.description"));
        var canCreate = access.hasAccess(NewGenerationView.class);
        EmptyState empty;
        if (canCreate) {
            header.withPrimaryAction(newGenerationButton(ButtonVariant.PRIMARY));
            empty = new EmptyState(VaadinIcon.PICTURE, getTranslation("gallery.empty.title"),
                    getTranslation("gallery.empty.text"))
                    .withAction(newGenerationButton(ButtonVariant.TERTIARY));
        } else {
            empty = new EmptyState(VaadinIcon.PICTURE, getTranslation("gallery.empty.title"),
                    getTranslation("gallery.empty.text-viewer"));
        }
        add(header, empty);
    }

    private Button newGenerationButton(ButtonVariant variant) {
        var button = new Button(getTranslation("generation.new"), new Icon(VaadinIcon.PLUS),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(NewGenerationView.class)));
        button.addThemeVariants(variant);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("gallery.title"));
    }
}
