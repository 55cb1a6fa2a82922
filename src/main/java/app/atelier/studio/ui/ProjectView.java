package app.atelier.studio.ui;

import app.atelier.film.Films;
import app.atelier.account.AccountService;
import app.atelier.generation.GenerationChanged;
import app.atelier.generation.GenerationRequests;
import app.atelier.generation.Generations;
import app.atelier.generation.GenerationsRemoved;
import app.atelier.generation.ReviewChanged;
import app.atelier.generation.Reviews;
import app.atelier.media.MediaLibrary;
import app.atelier.media.PhotoSummary;
import app.atelier.project.DeleteOutcome;
import app.atelier.project.ProjectDeleted;
import app.atelier.project.ProjectDetails;
import app.atelier.project.ProjectSummary;
import app.atelier.project.Projects;
import app.atelier.provider.Providers;
import app.atelier.shared.Ids;
import app.atelier.shared.LiveUpdates;
import app.atelier.shared.ProjectId;
import app.atelier.sharing.Downloads;
import app.atelier.sharing.Shares;
import app.atelier.ui.ConfirmDeletion;
import app.atelier.ui.Live;
import app.atelier.ui.ViewHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One project: its generations (live: a progress bar moves as they run, a video appears when one is
 * ready), its photos, and for members a place to drop more (several at once, a progress bar each) or
 * to fetch one from a web address. A refused photo says why, next to its name.
 */
@Route("projects/:" + ProjectView.PROJECT)
@PermitAll
public class ProjectView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PROJECT = "projectId";
    /** Cards shown when the page opens; the rest come a page at a time, when asked for. */
    static final int FIRST_PAGE = 12;
    /** How often an open page re-reads its generations while some are under way (besides live events). */
    static final java.time.Duration RESYNC = java.time.Duration.ofSeconds(20);
    static final int NEXT_PAGE = 24;

    private final Projects projects;
    private final Generations generations;
    private final boolean canAdd;
    private final ProjectResults results;
    private final PhotoUploads uploads;
    private @Nullable ProjectDetails details;
    private @Nullable ProjectId projectId;

    final ProjectPhotoGrid grid;
    final Div generationGrid;
    final Button more;
    final Div refusals;
    final Upload upload;

    ProjectView(Projects projects, Generations generations, GenerationRequests requests, MediaLibrary media, Providers providers,
                AccountService accounts, Downloads downloads, Reviews reviews, Shares shares, LiveUpdates updates,
                AccessAnnotationChecker access, Films films, Clock clock) {
        this.projects = projects;
        this.generations = generations;
        this.canAdd = access.hasAccess(NewGenerationView.class);
        this.results = new ProjectResults(generations, requests, reviews, downloads, shares, providers, accounts, films, clock,
                canAdd);
        this.uploads = new PhotoUploads(projects, media, this::projectId, this::added);
        this.grid = new ProjectPhotoGrid(canAdd);
        this.generationGrid = results.grid;
        this.more = results.more;
        this.refusals = uploads.refusals;
        this.upload = uploads.upload;
        addClassName("view");
        addClassName("project-view");
        Live.follow(this, updates, GenerationChanged.class,
                changed -> changed.projectId().equals(projectId), results::changed, results::refresh);
        Live.resync(this, RESYNC, results::working, results::refresh);
        Live.follow(this, updates, ProjectDeleted.class, deleted -> deleted.projectId().equals(projectId),
                deleted -> projectDeleted(), () -> { });
        Live.follow(this, updates, GenerationsRemoved.class, removed -> removed.projectId().equals(projectId),
                removed -> removed(), () -> { });
        Live.follow(this, updates, ReviewChanged.class,
                changed -> changed.projectId().equals(projectId), changes -> changes.forEach(results::reviewed), () -> { });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = event.getRouteParameters().get(PROJECT).flatMap(Ids::parse).map(ProjectId::of).flatMap(projects::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        details = found.get();
        projectId = details.project().id();
        uploads.speak(getLocale());
        removeAll();
        add(header(), results);
        if (canAdd) {
            add(uploads);
        }
        var photosTitle = new H2(getTranslation("project.photos.title"));
        photosTitle.addClassName("section-title");
        add(new Section(photosTitle, grid));
        showPhotos();
        results.open(details);
    }

    private ViewHeader header() {
        var project = details().project();
        var subtitle = Stream.of(project.listingReference(), project.address(),
                        getTranslation("gallery.project.photos", project.photos()))
                .filter(value -> value != null && !value.isBlank())
                .collect(Collectors.joining(" · "));
        var header = new ViewHeader(project.name(), subtitle);
        if (canAdd) {
            var generate = new Button(getTranslation("generation.new"), new Icon(VaadinIcon.MAGIC), click ->
                    click.getSource().getUI().ifPresent(ui -> ui.navigate(NewGenerationView.class,
                            QueryParameters.of(NewGenerationView.PROJECT, project.id().toString()))));
            generate.addThemeVariants(ButtonVariant.PRIMARY);
            generate.addClassName("new-generation");
            generate.setEnabled(project.photos() > 0);
            var remove = new Button(getTranslation("project.delete"), new Icon(VaadinIcon.TRASH), click -> confirmProjectDelete());
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.addClassName("delete-project");
            if (project.deletable()) {
                header.withPrimaryAction(remove);
            }
            var film = new Button(getTranslation("project.film"), new Icon(VaadinIcon.FILM), click ->
                    click.getSource().getUI().ifPresent(ui -> ui.navigate(FilmView.class,
                            new RouteParameters(PROJECT, project.id().toString()))));
            film.addClassName("open-film");
            film.setEnabled(project.photos() > 0);
            header.withPrimaryAction(film);
            header.withPrimaryAction(generate);
        }
        return header;
    }

    private void confirmProjectDelete() {
        var project = details().project();
        long made = generations.ofProject(project.id()).size();
        new ConfirmDeletion(getTranslation("project.delete.title", project.name()),
                getTranslation("project.delete.text", project.photos(), made), () -> {
            var outcome = projects.delete(project.id());
            ResultActions.notify(outcome);
            if (outcome == DeleteOutcome.DELETED) {
                getUI().ifPresent(ui -> ui.navigate(GalleryView.class));
            }
        }).open();
    }

    /** Someone deleted a result of this project: the list is read again. */
    private void removed() {
        if (isAttached()) {
            results.refresh();
        }
    }

    /** Someone deleted this project: back to the gallery. */
    private void projectDeleted() {
        if (!isAttached()) {
            return;
        }
        Notification.show(getTranslation("project.deleted-elsewhere"), 6000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.WARNING);
        getUI().ifPresent(ui -> ui.navigate(GalleryView.class));
    }

    /** A photo joined the project: its header counts it, the grid shows it. */
    private void added(PhotoSummary photo) {
        var current = details();
        var photos = Stream.concat(current.photos().stream(), Stream.of(photo)).toList();
        var project = current.project();
        details = new ProjectDetails(new ProjectSummary(project.id(), project.name(),
                project.listingReference(), project.address(), photos.size(),
                project.cover() == null ? photo.thumbnailLarge() : project.cover(), project.createdAt(), project.deletable()),
                photos, current.coverPhoto() == null ? photo.id() : current.coverPhoto());
        results.photosChanged(details);
        replace(getComponentAt(0), header());
        showPhotos();
    }

    private void showPhotos() {
        grid.show(details().photos(), details().coverPhoto(), canAdd ? this::makeCover : null);
    }

    /** The photo becomes the project's cover: the gallery's card and this page show it from now on. */
    private void makeCover(PhotoSummary photo) {
        if (!projects.chooseCover(projectId(), photo.id())) {
            Notification.show(getTranslation("project.cover.failed"), 6000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.ERROR);
            return;
        }
        projects.find(projectId()).ifPresent(found -> details = found);
        showPhotos();
        Notification.show(getTranslation("project.cover.done", photo.fileName()), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    private ProjectDetails details() {
        return Objects.requireNonNull(details);
    }

    /** The project this view shows, once it has been opened. */
    @Nullable ProjectId shownProject() {
        return projectId;
    }

    private ProjectId projectId() {
        return Objects.requireNonNull(projectId);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", details == null ? getTranslation("gallery.title") : details.project().name());
    }
}
