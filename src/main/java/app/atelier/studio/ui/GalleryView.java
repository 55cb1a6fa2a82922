package app.atelier.studio.ui;

import app.atelier.project.ProjectDeleted;

import app.atelier.account.AccountService;
import app.atelier.studio.Gallery;
import app.atelier.studio.GalleryPage;
import app.atelier.studio.GalleryQuery;
import app.atelier.studio.GallerySort;
import app.atelier.generation.GenerationChanged;
import app.atelier.generation.GenerationState;
import app.atelier.studio.ProjectCard;
import app.atelier.generation.GenerationsRemoved;
import app.atelier.project.Projects;
import app.atelier.studio.ResultCard;
import app.atelier.studio.ResultPage;
import app.atelier.provider.ResultType;
import app.atelier.generation.Verdict;
import app.atelier.media.MediaLibrary;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.Providers;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.Ids;
import app.atelier.shared.LiveUpdates;
import app.atelier.ui.EmptyState;
import app.atelier.ui.Formats;
import app.atelier.ui.Live;
import app.atelier.ui.MediaCard;
import app.atelier.ui.ViewHeader;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The home page: the team's projects as cards (cover, counts, last activity, work under way shown
 * live), a page at a time as the member scrolls, sorted and filtered in the database. Every filter is
 * in the address, so a view of the gallery can be bookmarked and sent to a colleague.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:grid-big-o", title = "nav.gallery")
@PermitAll
public class GalleryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Projects read at a time. */
    static final int PAGE = 24;
    /** Live changes redraw the cards at most this often. */
    private static final Duration REDRAW_EVERY = Duration.ofSeconds(1);

    static final String TEXT = "q";
    static final String SORT = "sort";
    static final String KIND = "kind";
    static final String STATE = "state";
    static final String PROVIDER = "provider";
    static final String MEMBER = "member";
    static final String REVIEW = "review";
    /** The address says "view=results" for the results list, nothing for the projects. */
    static final String VIEW = "view";
    static final String RESULTS = "results";
    static final String FROM = "from";
    static final String TO = "to";

    private final Projects projects;
    private final Gallery gallery;
    private final Providers allProviders;
    private final boolean canCreate;
    private final Clock clock;
    private final Map<UUID, String> teammates;
    private final Map<String, String> providerNames = new LinkedHashMap<>();

    final Div grid = new Div();
    final TextField search = new TextField();
    final Select<GallerySort> sort = new Select<>();
    final MultiSelectComboBox<GenerationKind> kinds = new MultiSelectComboBox<>();
    final MultiSelectComboBox<GenerationState> states = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> providers = new MultiSelectComboBox<>();
    final MultiSelectComboBox<UUID> members = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Verdict> reviews = new MultiSelectComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Button more = new Button();
    final Details filters = new Details();
    private final Button reset = new Button();
    private final Div status = new Div();

    private GalleryQuery query = GalleryQuery.everything();
    private final List<ProjectCard> shown = new ArrayList<>();
    private final List<ResultCard> shownResults = new ArrayList<>();
    /** Whether the results (videos and images across projects) are shown rather than the projects. */
    boolean resultsMode;
    final Button projectsTab = new Button();
    final Button resultsTab = new Button();
    private boolean hasMore;
    private boolean applying;
    private Instant lastRedraw = Instant.EPOCH;
    private boolean redrawPending;

    GalleryView(Projects projects, Gallery gallery, Providers allProviders, AccountService accounts, LiveUpdates updates,
                CurrentMember currentMember, AccessAnnotationChecker access, Clock clock) {
        this.projects = projects;
        this.gallery = gallery;
        this.allProviders = allProviders;
        this.clock = clock;
        this.canCreate = access.hasAccess(NewGenerationView.class);
        this.teammates = accounts.teammates();
        allProviders.all().forEach(provider -> providerNames.put(provider.id(), getTranslation(provider.nameKey())));
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
        add(header, filterBar(), status, grid, more);
        var team = currentMember.require().teamId();
        Live.follow(this, updates, GenerationChanged.class, changed -> changed.teamId().equals(team),
                changed -> changedLive(), () -> { });
        Live.follow(this, updates, GenerationsRemoved.class, removed -> removed.teamId().equals(team),
                removed -> changedLive(), () -> { });
        Live.follow(this, updates, ProjectDeleted.class, deleted -> deleted.teamId().equals(team),
                deleted -> changedLive(), () -> { });
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

    private Component filterBar() {
        search.setPlaceholder(getTranslation("gallery.search.placeholder"));
        search.setAriaLabel(getTranslation("gallery.search.label"));
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setMaxLength(GalleryQuery.MAX_TEXT);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(350);
        search.addClassName("gallery-search");
        sort.setLabel(getTranslation("gallery.sort.label"));
        sort.setItems(GallerySort.values());
        sort.setItemLabelGenerator(order -> getTranslation(order.labelKey()));
        sort.setValue(GallerySort.ACTIVITY);
        sort.addClassName("gallery-sort");
        kinds.setLabel(getTranslation("gallery.filter.kind"));
        kinds.setItems(GenerationKind.values());
        kinds.setItemLabelGenerator(kind -> getTranslation(kind.labelKey()));
        states.setLabel(getTranslation("gallery.filter.state"));
        states.setItems(GenerationState.values());
        states.setItemLabelGenerator(state -> getTranslation(state.labelKey()));
        providers.setLabel(getTranslation("gallery.filter.provider"));
        providers.setItems(providerNames.keySet());
        providers.setItemLabelGenerator(id -> providerNames.getOrDefault(id, id));
        members.setLabel(getTranslation("gallery.filter.member"));
        members.setItems(teammates.keySet());
        members.setItemLabelGenerator(id -> teammates.getOrDefault(id, ""));
        reviews.setLabel(getTranslation("gallery.filter.review"));
        reviews.setItems(Verdict.values());
        reviews.setItemLabelGenerator(verdict -> getTranslation(verdict.labelKey()));
        from.setLabel(getTranslation("gallery.filter.from"));
        to.setLabel(getTranslation("gallery.filter.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        reset.setText(getTranslation("gallery.filter.reset"));
        reset.addThemeVariants(ButtonVariant.TERTIARY);
        reset.addClickListener(click -> show(GalleryQuery.everything().sortedBy(sort.getValue())));
        reset.addClassName("gallery-reset");
        var advanced = new Div(kinds, states, providers, members, reviews, from, to, reset);
        advanced.addClassName("gallery-filters");
        filters.setSummaryText(getTranslation("gallery.filter.title"));
        filters.add(advanced);
        filters.addClassName("gallery-filter-details");
        List<HasValue<?, ?>> fields = List.of(search, sort, kinds, states, providers, members, reviews, from, to);
        fields.forEach(field -> field.addValueChangeListener(change -> {
            if (!applying) {
                show(fromFields());
            }
        }));
        projectsTab.setText(getTranslation("gallery.mode.projects"));
        projectsTab.setIcon(new Icon(VaadinIcon.FOLDER_O));
        resultsTab.setText(getTranslation("gallery.mode.results"));
        resultsTab.setIcon(new Icon(VaadinIcon.FILM));
        projectsTab.addClickListener(click -> switchTo(false));
        resultsTab.addClickListener(click -> switchTo(true));
        var modes = new Div(projectsTab, resultsTab);
        modes.addClassName("gallery-modes");
        modes.getElement().setAttribute("role", "group");
        modes.getElement().setAttribute("aria-label", getTranslation("gallery.mode.label"));
        var top = new Div(modes, search, sort);
        top.addClassName("gallery-toolbar");
        var bar = new Div(top, filters);
        bar.addClassName("gallery-filter-bar");
        return bar;
    }

    /** Read on every visit, including a click on "Gallery" while already here: the address says what to show. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        resultsMode = event.getLocation().getQueryParameters().getSingleParameter(VIEW).filter(RESULTS::equals).isPresent();
        showMode();
        query = fromAddress(event.getLocation().getQueryParameters());
        fillFields(query);
        reload();
    }

    private GalleryQuery fromFields() {
        return new GalleryQuery(search.getValue(), kinds.getValue(), states.getValue(), providers.getValue(),
                members.getValue(), reviews.getValue(), from.getValue(), to.getValue(), Optional.ofNullable(sort.getValue()).orElse(GallerySort.ACTIVITY));
    }

    /** Shows what a query finds, and puts it in the address (without a new history entry). */
    private void show(GalleryQuery wanted) {
        query = wanted;
        fillFields(wanted);
        var location = RouteConfiguration.forSessionScope().getUrl(GalleryView.class);
        var address = new LinkedHashMap<>(toAddress(wanted).getParameters());
        if (resultsMode) {
            address.put(VIEW, List.of(RESULTS));
        }
        var parameters = new QueryParameters(address).getQueryString();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                parameters.isEmpty() ? location : location + "?" + parameters));
        reload();
    }

    private void fillFields(GalleryQuery wanted) {
        applying = true;
        try {
            search.setValue(wanted.text());
            sort.setValue(wanted.sort());
            kinds.setValue(wanted.kinds());
            states.setValue(wanted.states());
            providers.setValue(wanted.providers().stream().filter(providerNames::containsKey).collect(Collectors.toSet()));
            members.setValue(wanted.members().stream().filter(teammates::containsKey).collect(Collectors.toSet()));
            reviews.setValue(wanted.reviews());
            from.setValue(wanted.from());
            to.setValue(wanted.to());
            int active = wanted.kinds().size() + wanted.states().size() + wanted.providers().size() + wanted.members().size()
                    + wanted.reviews().size() + (wanted.from() == null ? 0 : 1) + (wanted.to() == null ? 0 : 1);
            filters.setSummaryText(active == 0 ? getTranslation("gallery.filter.title")
                    : getTranslation("gallery.filter.title.active", active));
            if (active > 0) {
                filters.setOpened(true);
            }
        } finally {
            applying = false;
        }
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
        projectsTab.getElement().setAttribute("aria-pressed", String.valueOf(!resultsMode));
        resultsTab.getElement().setAttribute("aria-pressed", String.valueOf(resultsMode));
        projectsTab.removeThemeVariants(ButtonVariant.PRIMARY);
        resultsTab.removeThemeVariants(ButtonVariant.PRIMARY);
        (resultsMode ? resultsTab : projectsTab).addThemeVariants(ButtonVariant.PRIMARY);
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

    /** A generation of the team moved: the cards are read again (at most once a second), as far as they were shown. */
    private void changedLive() {
        var now = clock.instant();
        if (Duration.between(lastRedraw, now).compareTo(REDRAW_EVERY) >= 0) {
            rereadShown();
        } else if (!redrawPending) {
            redrawPending = true;
            getUI().ifPresent(ui -> CompletableFuture.delayedExecutor(REDRAW_EVERY.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
                try {
                    ui.access(this::rereadShown);
                } catch (UIDetachedException gone) {
                    // the member left the gallery meanwhile
                }
            }));
        }
    }

    private void rereadShown() {
        redrawPending = false;
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
        lastRedraw = clock.instant();
        grid.removeAll();
        more.setVisible(hasMore);
        boolean filtered = !query.equals(GalleryQuery.everything().sortedBy(query.sort()));
        int count = resultsMode ? shownResults.size() : shown.size();
        status.setText(filtered ? getTranslation(resultsMode ? (hasMore ? "gallery.results.found.more" : "gallery.results.found")
                : hasMore ? "gallery.found.more" : "gallery.found", count) : "");
        if (resultsMode && shownResults.isEmpty() && !filtered) {
            grid.addClassName("empty");
            var empty = new EmptyState(VaadinIcon.FILM, getTranslation("gallery.results.empty.title"),
                    getTranslation(canCreate ? "gallery.results.empty.text" : "gallery.results.empty.text-viewer"));
            var back = new Button(getTranslation("gallery.mode.projects"), click -> switchTo(false));
            back.addThemeVariants(ButtonVariant.TERTIARY);
            grid.add(empty.withAction(back));
            return;
        }
        if (count == 0) {
            grid.addClassName("empty");
            if (filtered) {
                var empty = new EmptyState(VaadinIcon.SEARCH, getTranslation("gallery.none.title"),
                        getTranslation("gallery.none.text"));
                var clear = new Button(getTranslation("gallery.filter.reset"),
                        click -> show(GalleryQuery.everything().sortedBy(query.sort())));
                clear.addThemeVariants(ButtonVariant.TERTIARY);
                grid.add(empty.withAction(clear));
            } else {
                var empty = new EmptyState(VaadinIcon.PICTURE, getTranslation("gallery.empty.title"),
                        getTranslation(canCreate ? "gallery.empty.text" : "gallery.empty.text-viewer"));
                if (canCreate) {
                    empty.withAction(newProjectButton(ButtonVariant.TERTIARY));
                }
                grid.add(empty);
            }
            return;
        }
        grid.removeClassName("empty");
        if (resultsMode) {
            shownResults.forEach(result -> grid.add(resultCard(result)));
        } else {
            shown.forEach(project -> grid.add(card(project)));
        }
    }

    /** A finished video (it plays, muted, while the pointer is over it or it has focus) or image; it opens its project. */
    private RouterLink resultCard(ResultCard result) {
        var kind = getTranslation(result.kind().labelKey());
        var effect = effect(result).orElse(kind);
        var card = new MediaCard(result.still() == null ? null : MediaLibrary.memberUrl(result.still()),
                effect + " · " + result.projectName(), getTranslation("gallery.project.no-cover"))
                .withTitle(effect + " · " + result.projectName());
        card.addClassName("result-card");
        if (result.verdict() != null) {
            card.withChip(getTranslation(result.verdict().labelKey()));
            card.getElement().setAttribute("data-verdict", result.verdict().name());
        }
        if (result.viaApi()) {
            card.withChip(GenerationCard.apiChip(getTranslation("generation.api"), getTranslation("generation.api.hint")));
        }
        var what = Stream.of(providerNames.getOrDefault(result.providerId(), result.providerId()),
                        result.duration() == null ? null : getTranslation("result.details.seconds", result.duration().toMillis() / 1000.0))
                .filter(Objects::nonNull).collect(Collectors.joining(" · "));
        card.withDetail(what);
        card.withDetail(teammates.getOrDefault(result.memberId(), "") + " · " + Formats.dateTime(result.finishedAt(), getLocale()));
        var link = new RouterLink(ProjectView.class, new RouteParameters(ProjectView.PROJECT, result.projectId().toString()));
        link.add(card);
        link.addClassNames("media-card-link", "result-link");
        link.getElement().setAttribute("data-generation", result.generationId().toString());
        if (result.type() == ResultType.VIDEO) {
            link.getElement().setAttribute("data-video", MediaLibrary.memberUrl(result.asset()));
            link.getElement().setAttribute("aria-label", getTranslation("gallery.results.video", result.projectName(), effect));
        }
        return link;
    }

    private RouterLink card(ProjectCard project) {
        var card = new MediaCard(project.cover() == null ? null : MediaLibrary.memberUrl(project.cover()), project.name(),
                getTranslation("gallery.project.no-cover"))
                .withTitle(project.name());
        if (project.running() > 0) {
            card.withChip(getTranslation("gallery.project.running", project.running(), project.progress()));
            card.addClassName("running");
        }
        var details = Stream.of(project.listingReference(), project.address())
                .filter(value -> value != null && !value.isBlank())
                .collect(Collectors.joining(" · "));
        if (!details.isEmpty()) {
            card.withDetail(details);
        }
        card.withDetail(Stream.of(getTranslation("gallery.project.photos", project.photos()),
                        project.videos() > 0 ? getTranslation("gallery.project.videos", project.videos()) : null,
                        project.images() > 0 ? getTranslation("gallery.project.images", project.images()) : null)
                .filter(Objects::nonNull).collect(Collectors.joining(" · ")));
        card.withDetail(getTranslation("gallery.project.activity", Formats.dateTime(project.lastActivity(), getLocale())));
        var link = new RouterLink(ProjectView.class, new RouteParameters(ProjectView.PROJECT, project.id().toString()));
        link.add(card);
        link.addClassName("media-card-link");
        link.getElement().setAttribute("data-project", project.id().toString());
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

    /** What a result shows, by its provider's own words: the motion ("Zoom avant") or the exterior ("Piscine"). */
    private Optional<String> effect(ResultCard result) {
        return allProviders.find(result.providerId()).flatMap(provider -> Stream.of(OptionFields.MOTION, OptionFields.EXTERIOR)
                .flatMap(key -> provider.capabilities().option(key).flatMap(option -> option.choice(result.options().get(key)))
                        .stream())
                .findFirst()).map(choice -> getTranslation(choice.labelKey()));
    }

    /** A query from the address; what it cannot read is left out. */
    static GalleryQuery fromAddress(QueryParameters parameters) {
        var values = parameters.getParameters();
        Function<String, List<String>> all = key -> values.getOrDefault(key, List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split(","))).filter(value -> !value.isBlank()).toList();
        var order = all.apply(SORT).stream().findFirst()
                .flatMap(value -> Arrays.stream(GallerySort.values()).filter(known -> known.name().equalsIgnoreCase(value)).findFirst())
                .orElse(GallerySort.ACTIVITY);
        return new GalleryQuery(String.join(" ", all.apply(TEXT)), enums(all.apply(KIND), GenerationKind.class),
                enums(all.apply(STATE), GenerationState.class), new HashSet<>(all.apply(PROVIDER)),
                all.apply(MEMBER).stream().map(Ids::parse).flatMap(Optional::stream).collect(Collectors.toSet()),
                enums(all.apply(REVIEW), Verdict.class),
                date(all.apply(FROM)), date(all.apply(TO)), order);
    }

    /** The address of a query: only what filters, in lower case where it is a word. */
    static QueryParameters toAddress(GalleryQuery wanted) {
        var parameters = new LinkedHashMap<String, List<String>>();
        if (!wanted.text().isEmpty()) {
            parameters.put(TEXT, List.of(wanted.text()));
        }
        if (wanted.sort() != GallerySort.ACTIVITY) {
            parameters.put(SORT, List.of(wanted.sort().name().toLowerCase(Locale.ROOT)));
        }
        put(parameters, KIND, wanted.kinds().stream().map(kind -> kind.name().toLowerCase(Locale.ROOT)));
        put(parameters, STATE, wanted.states().stream().map(state -> state.name().toLowerCase(Locale.ROOT)));
        put(parameters, PROVIDER, wanted.providers().stream());
        put(parameters, MEMBER, wanted.members().stream().map(UUID::toString));
        put(parameters, REVIEW, wanted.reviews().stream().map(verdict -> verdict.name().toLowerCase(Locale.ROOT)));
        if (wanted.from() != null) {
            parameters.put(FROM, List.of(wanted.from().toString()));
        }
        if (wanted.to() != null) {
            parameters.put(TO, List.of(wanted.to().toString()));
        }
        return new QueryParameters(parameters);
    }

    private static void put(Map<String, List<String>> parameters, String key, Stream<String> values) {
        var sorted = values.sorted().toList();
        if (!sorted.isEmpty()) {
            parameters.put(key, List.of(String.join(",", sorted)));
        }
    }

    private static <E extends Enum<E>> Set<E> enums(List<String> values, Class<E> type) {
        var found = EnumSet.noneOf(type);
        for (var value : values) {
            Arrays.stream(type.getEnumConstants()).filter(known -> known.name().equalsIgnoreCase(value)).forEach(found::add);
        }
        return found;
    }

    private static @Nullable LocalDate date(List<String> values) {
        try {
            return values.isEmpty() ? null : LocalDate.parse(values.getFirst());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("gallery.title"));
    }
}
