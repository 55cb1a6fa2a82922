package app.atelier.generation.ui;

import app.atelier.generation.ProjectSummary;
import app.atelier.generation.Projects;
import app.atelier.media.MediaLibrary;
import app.atelier.ui.EmptyState;
import app.atelier.ui.Formats;
import app.atelier.ui.MediaCard;
import app.atelier.ui.ViewHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.annotation.security.PermitAll;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The home page: the team's projects, newest first, each with its cover photo. */
@Route("")
@Menu(order = 0, icon = "vaadin:grid-big-o", title = "nav.gallery")
@PermitAll
public class GalleryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Projects projects;
    private final boolean canCreate;
    final Div grid = new Div();

    GalleryView(Projects projects, AccessAnnotationChecker access) {
        this.projects = projects;
        this.canCreate = access.hasAccess(NewGenerationView.class);
        addClassName("view");
        var header = new ViewHeader(getTranslation("gallery.title"), getTranslation("gallery.description"));
        if (canCreate) {
            header.withPrimaryAction(newProjectButton(ButtonVariant.PRIMARY));
        }
        grid.addClassName("media-grid");
        add(header, grid);
    }

    /** Read on every visit, including a click on "Gallery" while already here. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.removeAll();
        var all = projects.list();
        if (all.isEmpty()) {
            var empty = new EmptyState(VaadinIcon.PICTURE, getTranslation("gallery.empty.title"),
                    getTranslation(canCreate ? "gallery.empty.text" : "gallery.empty.text-viewer"));
            if (canCreate) {
                empty.withAction(newProjectButton(ButtonVariant.TERTIARY));
            }
            grid.add(empty);
            grid.addClassName("empty");
            return;
        }
        grid.removeClassName("empty");
        all.forEach(project -> grid.add(card(project)));
    }

    private RouterLink card(ProjectSummary project) {
        var card = new MediaCard(project.cover() == null ? null : MediaLibrary.memberUrl(project.cover()), project.name(),
                getTranslation("gallery.project.no-cover"))
                .withTitle(project.name());
        if (project.photos() > 0) {
            card.withChip(getTranslation("gallery.project.photos", project.photos()));
        }
        var details = Stream.of(project.listingReference(), project.address())
                .filter(value -> value != null && !value.isBlank())
                .collect(Collectors.joining(" · "));
        if (!details.isEmpty()) {
            card.withDetail(details);
        }
        card.withDetail(Formats.date(project.createdAt(), getLocale()));
        var link = new RouterLink(ProjectView.class, new RouteParameters(ProjectView.PROJECT, project.id().toString()));
        link.add(card);
        link.addClassName("media-card-link");
        return link;
    }

    private Button newProjectButton(ButtonVariant variant) {
        var button = new Button(getTranslation("gallery.new-project"), new Icon(VaadinIcon.PLUS), click -> {
            var dialog = new NewProjectDialog(projects, created -> click.getSource().getUI().ifPresent(ui ->
                    ui.navigate(ProjectView.class, new RouteParameters(ProjectView.PROJECT, created.id().toString()))));
            dialog.open();
        });
        button.addThemeVariants(variant);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("gallery.title"));
    }
}
