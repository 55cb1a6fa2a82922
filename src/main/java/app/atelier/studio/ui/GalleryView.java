package app.atelier.studio.ui;

import app.atelier.account.AccountService;
import app.atelier.generation.GenerationChanged;
import app.atelier.generation.GenerationsRemoved;
import app.atelier.project.ProjectDeleted;
import app.atelier.project.Projects;
import app.atelier.provider.Providers;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.LiveUpdates;
import app.atelier.studio.Gallery;
import app.atelier.studio.GalleryPage;
import app.atelier.studio.GalleryQuery;
import app.atelier.studio.ProjectCard;
import app.atelier.studio.ResultCard;
import app.atelier.studio.ResultPage;
import app.atelier.ui.EmptyState;
import app.atelier.ui.Live;
import app.atelier.ui.ViewHeader;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.annotation.security.PermitAll;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The home page: the team's projects as cards (cover, counts, last activity, work under way shown
 * live), a page at a time as the member scrolls, sorted and filtered in the database. Every filter is
 * in the address, so a view of the gallery can be bookmarked and sent to a colleague.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:grid-big-o", title = "nav.gallery")
@PermitAll
public class GalleryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Cards read at a time. */
    static final int PAGE = 24;
    /** Live changes redraw the cards at most this often. */
    private static final Duration REDRAW_EVERY = Duration.ofSeconds(1);

    private final Projects projects;
    private final Gallery gallery;
    private final boolean canCreate;
    private final GalleryFilters filterBar;
    private final GalleryCards cards;

    final Div grid = new Div();
    final TextField search;
    final Button projectsTab;
    final Button resultsTab;
    final Button more = new Button();
    private final Div status = new Div();
    private GalleryQuery query = GalleryQuery.everything();
    private final List<ProjectCard> shown = new ArrayList<>();
    private final List<ResultCard> shownResults = new ArrayList<>();
    /** Whether the finished results are listed rather than the projects. */
    boolean resultsMode;
    private boolean hasMore;

    GalleryView(Projects projects, Gallery gallery, Providers allProviders, AccountService accounts, LiveUpdates updates,
                CurrentMember currentMember, AccessAnnotationChecker access) {
        this.projects = projects;
        this.gallery = gallery;
        this.canCreate = access.hasAccess(NewGenerationView.class);
        var teammates = accounts.teammates();
        var providerNames = new LinkedHashMap<String, String>();
        allProviders.all().forEach(provider -> providerNames.put(provider.id(), getTranslation(provider.nameKey())));
        this.filterBar = new GalleryFilters(providerNames, teammates, this::show, this::switchTo);
        this.cards = new GalleryCards(this, this::getLocale, allProviders, providerNames, teammates);
        this.search = filterBar.search;
        this.projectsTab = filterBar.projectsTab;
        this.resultsTab = filterBar.resultsTab;
        addClassNames("view", "gallery-view");
        var header = new ViewHeader(getTranslation("gallery.title"), getTranslation("gallery.description"));
        if (canCreate) {
            header.withPrimaryAction(newProjectButton(ButtonVariant.PRIMARY));
        }
        grid.addClassNames("media-grid", "project-grid");
        status.addClassName("gallery-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        more.setText(getTranslation("gallery.more"));
        more.addThemeVariants(ButtonVariant.TERTIARY);
        more.addClassName("gallery-more");
        more.addClickListener(click -> loadMore());
        add(header, filterBar, status, grid, more);
        var team = currentMember.require().teamId();
        // a busy team's gallery is read again at most once a second, not at every progress
        Live.follow(this, updates, GenerationChanged.class, changed -> changed.teamId().equals(team), REDRAW_EVERY,
                changes -> rereadShown(), () -> { });
        Live.follow(this, updates, GenerationsRemoved.class, removed -> removed.teamId().equals(team), REDRAW_EVERY,
                changes -> rereadShown(), () -> { });
        Live.follow(this, updates, ProjectDeleted.class, deleted -> deleted.teamId().equals(team), REDRAW_EVERY,
                changes -> rereadShown(), () -> { });
        playOnHover();
    }

    /** A video result plays, muted, under the pointer or the focus; the next page loads as its button comes near. */
    private void playOnHover() {
        // a video result plays, muted, while the pointer is over it or it has the focus, and stops after
        grid.getElement().executeJs("""
                const start = card => {
                  if (!card || card.querySelector('video')) return;
                  const video = document.createElement('video');
                  Object.assign(video, { muted: true, loop: true, playsInline: true, src: card.dataset.video });
                  video.className = 'result-hover-video';
                  video.setAttribute('aria-hidden', 'true');
                  card.querySelector('.media-card-cover').appendChild(video);
                  video.play().catch(() => {});
                };
                const stop = card => { const video = card && card.querySelector('video'); if (video) { video.pause(); video.remove(); } };
                const of = event => event.target.closest && event.target.closest('[data-video]');
                this.addEventListener('pointerover', event => start(of(event)));
                this.addEventListener('pointerout', event => { const card = of(event); if (card && !card.contains(event.relatedTarget)) stop(card); });
                this.addEventListener('focusin', event => start(of(event)));
                this.addEventListener('focusout', event => stop(of(event)));""");
        // a page further down loads itself when its button scrolls into view
        more.getElement().executeJs("""
                const button = this;
                new IntersectionObserver(entries => {
                  if (entries.some(entry => entry.isIntersecting) && !button.hidden && !button.disabled) button.click();
                }, { rootMargin: '400px' }).observe(button);""");
    }

    /** Read on every visit, including a click on "Gallery" while already here: the address says what to show. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        resultsMode = event.getLocation().getQueryParameters().getSingleParameter(GalleryAddress.VIEW).filter(GalleryAddress.RESULTS::equals).isPresent();
        showMode();
        query = GalleryAddress.fromAddress(event.getLocation().getQueryParameters());
        filterBar.fill(query);
        reload();
    }

    /** Shows what a query finds, and puts it in the address (without a new history entry). */
    private void show(GalleryQuery wanted) {
        query = wanted;
        filterBar.fill(wanted);
        var location = RouteConfiguration.forSessionScope().getUrl(GalleryView.class);
        var address = new LinkedHashMap<>(GalleryAddress.toAddress(wanted).getParameters());
        if (resultsMode) {
            address.put(GalleryAddress.VIEW, List.of(GalleryAddress.RESULTS));
        }
        var parameters = new QueryParameters(address).getQueryString();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                parameters.isEmpty() ? location : location + "?" + parameters));
        reload();
    }

    /** The projects or the results: the same filters, another list. */
    private void switchTo(boolean results) {
        if (results != resultsMode) {
            resultsMode = results;
            showMode();
            show(query);
        }
    }

    private void showMode() {
        filterBar.showing(resultsMode);
        grid.setClassName("project-grid", !resultsMode);
        grid.setClassName("result-grid", resultsMode);
    }

    /** Reads the first page afresh. */
    private void reload() {
        shown.clear();
        shownResults.clear();
        hasMore = false;
        if (resultsMode) {
            appendResults(gallery.results(query, 0, PAGE));
        } else {
            append(gallery.projects(query, 0, PAGE));
        }
    }

    private void loadMore() {
        if (hasMore && resultsMode) {
            appendResults(gallery.results(query, shownResults.size(), PAGE));
        } else if (hasMore) {
            append(gallery.projects(query, shown.size(), PAGE));
        }
    }

    private void appendResults(ResultPage page) {
        shownResults.addAll(page.results());
        hasMore = page.more();
        draw();
    }

    private void append(GalleryPage page) {
        shown.addAll(page.projects());
        hasMore = page.more();
        draw();
    }

    /** The cards read again as far as they were shown (a generation of the team moved: at most once a second). */
    private void rereadShown() {
        if (resultsMode) {
            int count = Math.max(PAGE, shownResults.size());
            shownResults.clear();
            appendResults(gallery.results(query, 0, Math.min(count, Gallery.MAX_PAGE)));
            return;
        }
        int count = Math.max(PAGE, shown.size());
        shown.clear();
        var page = gallery.projects(query, 0, Math.min(count, Gallery.MAX_PAGE));
        shown.addAll(page.projects());
        hasMore = page.more();
        draw();
    }

    private void draw() {
        grid.removeAll();
        more.setVisible(hasMore);
        boolean filtered = !query.equals(GalleryQuery.everything().sortedBy(query.sort()));
        int count = resultsMode ? shownResults.size() : shown.size();
        status.setText(filtered ? getTranslation(resultsMode ? (hasMore ? "gallery.results.found.more" : "gallery.results.found")
                : hasMore ? "gallery.found.more" : "gallery.found", count) : "");
        if (count == 0) {
            grid.addClassName("empty");
            grid.add(empty(filtered));
            return;
        }
        grid.removeClassName("empty");
        if (resultsMode) {
            shownResults.forEach(result -> grid.add(cards.result(result)));
        } else {
            shown.forEach(project -> grid.add(cards.project(project)));
        }
    }

    /** What an empty list says: nothing made yet, or nothing found (with a way back to everything). */
    private EmptyState empty(boolean filtered) {
        if (resultsMode && !filtered) {
            var empty = new EmptyState(VaadinIcon.FILM, getTranslation("gallery.results.empty.title"),
                    getTranslation(canCreate ? "gallery.results.empty.text" : "gallery.results.empty.text-viewer"));
            var back = new Button(getTranslation("gallery.mode.projects"), click -> switchTo(false));
            back.addThemeVariants(ButtonVariant.TERTIARY);
            return empty.withAction(back);
        }
        if (filtered) {
            var empty = new EmptyState(VaadinIcon.SEARCH, getTranslation("gallery.none.title"), getTranslation("gallery.none.text"));
            var clear = new Button(getTranslation("gallery.filter.reset"),
                    click -> show(GalleryQuery.everything().sortedBy(query.sort())));
            clear.addThemeVariants(ButtonVariant.TERTIARY);
            return empty.withAction(clear);
        }
        var empty = new EmptyState(VaadinIcon.PICTURE, getTranslation("gallery.empty.title"),
                getTranslation(canCreate ? "gallery.empty.text" : "gallery.empty.text-viewer"));
        if (canCreate) {
            empty.withAction(newProjectButton(ButtonVariant.TERTIARY));
        }
        return empty;
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
