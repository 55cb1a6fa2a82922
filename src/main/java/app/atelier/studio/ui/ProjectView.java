package app.atelier.studio.ui;

import app.atelier.project.ProjectDeleted;

import app.atelier.ui.ConfirmDeletion;
import app.atelier.shared.Ids;
import app.atelier.generation.CancelResult;
import app.atelier.generation.GenerationChanged;
import app.atelier.generation.GenerationSummary;
import app.atelier.account.AccountService;
import app.atelier.project.DeleteOutcome;
import app.atelier.sharing.Deliveries;
import app.atelier.generation.GenerationState;
import app.atelier.generation.Generations;
import app.atelier.provider.Providers;
import app.atelier.project.ProjectDetails;
import app.atelier.project.ProjectSummary;
import app.atelier.project.Projects;
import app.atelier.generation.GenerationsRemoved;
import app.atelier.generation.ReviewChanged;
import app.atelier.generation.Reviews;
import app.atelier.sharing.Shares;
import app.atelier.sharing.AiLabel;
import app.atelier.generation.SubmitResult;
import app.atelier.media.MediaLibrary;
import app.atelier.media.PhotoImport;
import app.atelier.media.PhotoSummary;
import app.atelier.ui.EmptyState;
import app.atelier.shared.LiveUpdates;
import app.atelier.ui.Formats;
import app.atelier.ui.Live;
import app.atelier.ui.MediaCard;
import app.atelier.ui.UploadTexts;
import app.atelier.ui.ViewHeader;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    static final int NEXT_PAGE = 24;

    /** URL imports wait on other sites: off the request threads, a few at a time. */
    private static final ExecutorService URL_IMPORTS = Executors.newFixedThreadPool(2, task -> {
        var thread = new Thread(task, "url-import");
        thread.setDaemon(true);
        return thread;
    });

    private final Projects projects;
    private final Generations generations;
    private final MediaLibrary media;
    private final Providers providers;
    private final AccountService accounts;
    private final Deliveries deliveries;
    private final Reviews reviews;
    private final Shares shares;
    final Anchor downloadAll = new Anchor();
    final Anchor downloadSelection = new Anchor();
    private final Set<UUID> selected = new LinkedHashSet<>();
    /** What the member said of the mention, result by result (the kind's default otherwise). */
    private final Map<UUID, Boolean> labels = new HashMap<>();
    final Button shareSelection = new Button();
    private final CardActions cardActions = new Actions();
    private final boolean canAdd;
    private @Nullable ProjectDetails details;
    private @Nullable UUID projectId;
    private Locale locale = Locale.FRENCH;

    final Div grid = new Div();
    final Div generationGrid = new Div();
    private final Section generationSection = new Section();
    private final Map<UUID, GenerationCard> cards = new HashMap<>();
    /** Where every generation of the project was when last read, shown or not (a few bytes each, not its summary). */
    private Map<UUID, Seen> listed = Map.of();
    /** How many cards are shown (more once asked for, and as new ones arrive at the top). */
    private int limit = FIRST_PAGE;
    final Button more = new Button();
    final Div refusals = new Div();
    final Upload upload = new Upload();
    private boolean batchFinished = true;
    final TextField url = new TextField();
    final Button importUrl = new Button();
    private final ProgressBar fetching = new ProgressBar();
    private final ViewHeader header = new ViewHeader("", "");

    private final Clock clock;

    ProjectView(Projects projects, Generations generations, MediaLibrary media, Providers providers,
                AccountService accounts, Deliveries deliveries, Reviews reviews, Shares shares, LiveUpdates updates, AccessAnnotationChecker access,
                Clock clock) {
        this.clock = clock;
        this.deliveries = deliveries;
        this.reviews = reviews;
        this.shares = shares;
        this.providers = providers;
        this.accounts = accounts;
        this.projects = projects;
        this.generations = generations;
        this.media = media;
        this.canAdd = access.hasAccess(NewGenerationView.class);
        addClassName("view");
        addClassName("project-view");
        grid.addClassName("media-grid");
        generationGrid.addClassName("media-grid");
        generationGrid.addClassName("generation-grid");
        var generationsTitle = new H2(getTranslation("project.generations.title"));
        generationsTitle.addClassName("section-title");
        downloadAll.add(new Icon(VaadinIcon.FILE_ZIP), new Span(getTranslation("project.download-all")));
        downloadAll.addClassName("download-all");
        downloadAll.getElement().setAttribute("download", true);
        downloadAll.getElement().setAttribute("router-ignore", true);
        downloadSelection.add(new Icon(VaadinIcon.FILE_ZIP), new Span());
        downloadSelection.addClassNames("download-all", "download-selection");
        downloadSelection.getElement().setAttribute("download", true);
        downloadSelection.getElement().setAttribute("router-ignore", true);
        downloadSelection.setVisible(false);
        shareSelection.setIcon(new Icon(VaadinIcon.SHARE));
        shareSelection.addThemeVariants(ButtonVariant.TERTIARY);
        shareSelection.addClassName("share-selection");
        shareSelection.setVisible(false);
        shareSelection.addClickListener(click -> share(generations.ofProject(projectId()).stream()
                .filter(generation -> selected.contains(generation.id())).toList()));
        var downloads = new Div(shareSelection, downloadSelection, downloadAll);
        downloads.addClassName("section-downloads");
        var sectionHeader = new Div(generationsTitle, downloads);
        sectionHeader.addClassName("section-header");
        more.addThemeVariants(ButtonVariant.TERTIARY);
        more.addClassName("generations-more");
        more.setIcon(new Icon(VaadinIcon.ANGLE_DOWN));
        more.addClickListener(click -> {
            limit += NEXT_PAGE;
            showGenerations();
        });
        generationSection.add(sectionHeader, generationGrid, more);
        generationSection.addClassName("generations");
        Live.follow(this, updates, GenerationChanged.class,
                changed -> changed.projectId().equals(projectId), this::changed, this::showGenerations);
        Live.follow(this, updates, ProjectDeleted.class, deleted -> deleted.projectId().equals(projectId),
                deleted -> projectDeleted(), () -> { });
        Live.follow(this, updates, GenerationsRemoved.class, removed -> removed.projectId().equals(projectId),
                this::removed, () -> { });
        Live.follow(this, updates, ReviewChanged.class,
                changed -> changed.projectId().equals(projectId), this::reviewed, () -> { });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = event.getRouteParameters().get(PROJECT).flatMap(Ids::parse).flatMap(projects::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        details = found.get();
        projectId = details.project().id();
        var project = projectId;
        var name = details.project().name();
        var words = this;
        var label = new AiLabel(getLocale().getLanguage(), getTranslation("label.ai"));
        // streamed file after file from storage while the browser saves it
        downloadAll.setHref((DownloadHandler) download -> {
            download.setFileName(Deliveries.slug(name) + ".zip");
            download.setContentType("application/zip");
            try (var out = download.getOutputStream()) {
                deliveries.writeZip(project, List.of(), (generation, result) -> GenerationCard.fileName(words, name, generation),
                        this::labelled, label, out);
            }
        });
        selected.clear();
        limit = FIRST_PAGE;
        listed = Map.of();
        cards.clear();
        generationGrid.removeAll();
        downloadSelection.setHref((DownloadHandler) download -> {
            var chosen = List.copyOf(selected);
            download.setFileName(Deliveries.slug(name) + "-" + getTranslation(words.getLocale(), "project.download-selection.file")
                    + ".zip");
            download.setContentType("application/zip");
            try (var out = download.getOutputStream()) {
                // an empty selection would mean "everything": ask for something that is not there instead
                deliveries.writeZip(project, chosen.isEmpty() ? List.of(new UUID(0, 0)) : chosen,
                        (generation, result) -> GenerationCard.fileName(words, name, generation), this::labelled, label, out);
            }
        });
        locale = getLocale();
        removeAll();
        add(header(), generationSection);
        if (canAdd) {
            add(addPhotos());
        }
        var photosTitle = new H2(getTranslation("project.photos.title"));
        photosTitle.addClassName("section-title");
        add(new Section(photosTitle, grid));
        showPhotos();
        showGenerations();
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
            header.withPrimaryAction(remove).withPrimaryAction(generate);
        }
        return header;
    }

    /**
     * Reads the project's generations afresh and shows the first {@link #limit} of them (the section
     * hides while there are none). A card whose generation did not change is kept as it is (a video
     * playing, a comment being typed); only what changed is drawn again, moved or taken away.
     */
    private void showGenerations() {
        if (projectId == null) {
            return;
        }
        var all = generations.ofProject(projectId);
        long arrived = listed.isEmpty() ? 0 : all.stream().filter(generation -> !listed.containsKey(generation.id())).count();
        // what arrives at the top pushes nothing the member was looking at out of view
        limit += (int) arrived;
        generationSection.setVisible(!all.isEmpty());
        long finished = all.stream().filter(generation -> generation.state() == GenerationState.SUCCEEDED
                && !generation.results().isEmpty()).count();
        // what is no longer there (deleted) is no longer selected
        selected.retainAll(all.stream().map(GenerationSummary::id).toList());
        showSelection();
        downloadAll.setVisible(finished > 0);
        downloadAll.getElement().setAttribute("title", getTranslation("project.download-all.hint", finished));
        var ordered = inFamilies(all);
        var shown = ordered.subList(0, shownCount(ordered, limit));
        var projectName = details().project().name();
        var wanted = new ArrayList<GenerationCard>();
        var kept = new HashMap<UUID, GenerationCard>();
        for (var generation : shown) {
            var card = cards.get(generation.id());
            if (card == null || !card.shows(generation)) {
                card = new GenerationCard(generation, canAdd, projectName, cardActions, reviews, deliveries, clock);
            }
            kept.put(generation.id(), card);
            wanted.add(card);
        }
        cards.values().stream().filter(card -> !kept.containsValue(card)).forEach(generationGrid::remove);
        for (int index = 0; index < wanted.size(); index++) {
            var card = wanted.get(index);
            if (generationGrid.getComponentCount() <= index || generationGrid.getComponentAt(index) != card) {
                generationGrid.addComponentAtIndex(index, card);
            }
        }
        cards.clear();
        cards.putAll(kept);
        listed = all.stream().collect(Collectors.toMap(GenerationSummary::id,
                generation -> new Seen(generation.state(), generation.keyRefused())));
        int left = ordered.size() - shown.size();
        more.setVisible(left > 0);
        if (left > 0) {
            more.setText(getTranslation("project.generations.more", left));
        }
    }

    /** What a change to a generation out of view is compared with. */
    private record Seen(GenerationState state, boolean keyRefused) {
    }

    /**
     * How many of {@code ordered} to show for {@code limit}: never a variation cut from the one it
     * continues, so a family is shown whole or not at all past the limit.
     */
    static int shownCount(List<GenerationSummary> ordered, int limit) {
        int count = Math.min(limit, ordered.size());
        var ids = ordered.stream().map(GenerationSummary::id).collect(Collectors.toSet());
        while (count < ordered.size() && ordered.get(count).continues() != null && ids.contains(ordered.get(count).continues())) {
            count++;
        }
        return count;
    }

    /**
     * Newest first, but a variation or an extension right after the generation it continues (its
     * own oldest first), so that each one is read under its parent.
     */
    static List<GenerationSummary> inFamilies(List<GenerationSummary> newestFirst) {
        var ids = newestFirst.stream().map(GenerationSummary::id).collect(Collectors.toSet());
        var children = new HashMap<UUID, List<GenerationSummary>>();
        newestFirst.reversed().stream().filter(generation -> generation.continues() != null && ids.contains(generation.continues()))
                .forEach(child -> children.computeIfAbsent(child.continues(), key -> new ArrayList<>()).add(child));
        var ordered = new ArrayList<GenerationSummary>();
        newestFirst.stream().filter(generation -> generation.continues() == null || !ids.contains(generation.continues()))
                .forEach(root -> addFamily(root, children, ordered));
        return ordered;
    }

    private static void addFamily(GenerationSummary parent, Map<UUID, List<GenerationSummary>> children,
                                  List<GenerationSummary> ordered) {
        ordered.add(parent);
        children.getOrDefault(parent.id(), List.of()).forEach(child -> addFamily(child, children, ordered));
    }

    /** Whether a result's downloads carry the AI-visual mention: what the member said, or its kind's default. */
    private boolean labelled(GenerationSummary generation) {
        return labels.getOrDefault(generation.id(), AiLabel.byDefault(generation.kind()));
    }

    /** Opens the dialog that makes a share link for these results. */
    private void share(List<GenerationSummary> chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        new ShareDialog(details().project(), chosen, chosen.stream().anyMatch(this::labelled), shares).open();
    }

    /** The wizard filled in as a generation was; with another provider of its kind when {@code elsewhere}. */
    private void again(GenerationSummary generation, boolean elsewhere) {
        var parameters = new HashMap<String, String>();
        parameters.put(NewGenerationView.FROM, generation.id().toString());
        if (elsewhere) {
            parameters.put(NewGenerationView.ELSEWHERE, "1");
        }
        getUI().ifPresent(ui -> ui.navigate(NewGenerationView.class, QueryParameters.simple(parameters)));
    }

    private boolean hasElsewhere(GenerationSummary generation) {
        return providers.offering(generation.kind()).stream()
                .anyMatch(provider -> provider.available() && !provider.id().equals(generation.providerId()));
    }

    /** The cards' actions, done here. */
    private final class Actions implements CardActions {

        @Override
        public void cancel(UUID generation) {
            ProjectView.this.cancel(generation);
        }

        @Override
        public void retry(UUID generation) {
            ProjectView.this.retry(generation);
        }

        @Override
        public void carryOn(GenerationSummary generation) {
            ProjectView.this.carryOn(generation);
        }

        @Override
        public void again(GenerationSummary generation) {
            ProjectView.this.again(generation, false);
        }

        @Override
        public void elsewhere(GenerationSummary generation) {
            ProjectView.this.again(generation, true);
        }

        @Override
        public boolean hasElsewhere(GenerationSummary generation) {
            return ProjectView.this.hasElsewhere(generation);
        }

        @Override
        public void delete(GenerationSummary generation) {
            confirmDelete(generation);
        }

        @Override
        public void share(GenerationSummary generation) {
            ProjectView.this.share(List.of(generation));
        }

        @Override
        public boolean selected(UUID generation) {
            return selected.contains(generation);
        }

        @Override
        public void select(UUID generation, boolean chosen) {
            ProjectView.this.select(generation, chosen);
        }

        @Override
        public boolean labelled(GenerationSummary generation) {
            return ProjectView.this.labelled(generation);
        }

        @Override
        public void label(UUID generation, boolean labelled) {
            labels.put(generation, labelled);
        }
    }

    /** A finished result joins the selection to download, or leaves it. */
    private void select(UUID generation, boolean chosen) {
        if (chosen) {
            selected.add(generation);
        } else {
            selected.remove(generation);
        }
        showSelection();
    }

    private void showSelection() {
        downloadSelection.setVisible(!selected.isEmpty());
        shareSelection.setVisible(!selected.isEmpty());
        shareSelection.setText(getTranslation("project.share-selection", selected.size()));
        downloadSelection.getChildren().filter(Span.class::isInstance).map(Span.class::cast).findFirst()
                .ifPresent(text -> text.setText(getTranslation("project.download-selection", selected.size())));
    }

    private void confirmDelete(GenerationSummary generation) {
        var effect = GenerationCard.effect(this, generation);
        new ConfirmDeletion(getTranslation("generation.delete.title", effect), getTranslation("generation.delete.text"), () -> {
            var outcome = generations.delete(generation.id());
            notify(outcome);
            showGenerations();
        }).open();
    }

    private void confirmProjectDelete() {
        var project = details().project();
        long made = generations.ofProject(project.id()).size();
        new ConfirmDeletion(getTranslation("project.delete.title", project.name()),
                getTranslation("project.delete.text", project.photos(), made), () -> {
            var outcome = projects.delete(project.id());
            notify(outcome);
            if (outcome == DeleteOutcome.DELETED) {
                getUI().ifPresent(ui -> ui.navigate(GalleryView.class));
            }
        }).open();
    }

    private static void notify(DeleteOutcome outcome) {
        var shown = Notification.show(UI.getCurrent().getTranslation(outcome.messageKey()), 5000,
                Notification.Position.BOTTOM_START);
        shown.addThemeVariants(outcome == DeleteOutcome.DELETED ? NotificationVariant.SUCCESS : NotificationVariant.WARNING);
    }

    /** Asks for a variation or an extension of a finished generation. */
    private void carryOn(GenerationSummary generation) {
        var photo = details().photos().stream().filter(found -> found.id().equals(generation.photoId())).findFirst();
        var provider = providers.find(generation.providerId());
        if (photo.isEmpty() || provider.isEmpty()) {
            Notification.show(getTranslation("generation.error.cannot-continue"), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.ERROR);
            return;
        }
        new ContinueDialog(generation, photo.get(), provider.get(), generations, accounts, this::showGenerations).show();
    }

    /**
     * A generation of this project moved: move its bar, or redraw the list when its state changed (one
     * further down than the page shows matters only when its state changed).
     */
    private void changed(GenerationChanged change) {
        var card = cards.get(change.generationId());
        var known = listed.get(change.generationId());
        if (card != null && card.state() == change.state() && card.keyRefused() == change.keyRefused()) {
            card.progressed(change.progress(), change.estimatedDone());
        } else if (card == null && known != null && known.state() == change.state() && known.keyRefused() == change.keyRefused()) {
            return;
        } else {
            showGenerations();
        }
    }

    /** Someone deleted a result of this project: the list is read again. */
    private void removed(GenerationsRemoved removed) {
        if (isAttached()) {
            showGenerations();
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

    /** A result of this project was reviewed or commented on: its card shows it, the rest stays as it is. */
    private void reviewed(ReviewChanged change) {
        var card = cards.get(change.generationId());
        if (card != null) {
            generations.find(change.generationId()).ifPresent(card::reviewChanged);
        }
    }

    private void cancel(UUID generation) {
        var outcome = generations.cancel(generation);
        var refusal = switch (outcome) {
            case CANCELLED -> null;
            case NOT_CANCELLABLE -> "generation.cancel.not_cancellable";
            case ALREADY_ENDED -> "generation.cancel.already_ended";
            case NOT_YOURS -> "generation.cancel.not_yours";
            case NOT_FOUND -> "generation.cancel.not_found";
        };
        if (refusal != null) {
            Notification.show(getTranslation(refusal), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.WARNING);
        }
        showGenerations();
    }

    private void retry(UUID generation) {
        switch (generations.retry(generation)) {
            case SubmitResult.Accepted accepted -> Notification.show(getTranslation("generation.retried"), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
            case SubmitResult.NotEnoughCredits short_ -> Notification.show(getTranslation("generation.error.credits",
                            short_.needed(), short_.available(), getTranslation(short_.currency().labelKey(), short_.needed())),
                    6000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.ERROR);
            case SubmitResult.Invalid invalid -> Notification.show(getTranslation("generation.error.cannot-retry"), 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.ERROR);
        }
        showGenerations();
    }

    private Section addPhotos() {
        var limits = media.limits();
        upload.setI18n(UploadTexts.of(this));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", "image/bmp",
                ".jpg", ".jpeg", ".png", ".webp", ".bmp");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxSize().toBytes()));
        upload.setMaxFiles(50);
        upload.addClassName("photo-upload");
        // refused in the browser (type, size, count): say so, since the file never reaches the list
        upload.addFileRejectedListener(rejected -> Notification.show(
                        getTranslation("project.upload.rejected", rejected.getFileName(), rejected.getErrorMessage()),
                        6000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.ERROR));
        // The upload's own list can only say "refused" for a file the server turned down; the reason,
        // file by file, goes to the list of refusals under it.
        refusals.addClassName("upload-refusals");
        refusals.getElement().setAttribute("role", "status");
        refusals.getElement().setAttribute("aria-live", "polite");
        upload.addStartedListener(started -> {
            if (batchFinished) {
                refusals.removeAll();
                batchFinished = false;
            }
        });
        upload.addAllFinishedListener(finished -> batchFinished = true);
        upload.setUploadHandler(event -> {
            var ui = event.getUI();
            var fileName = event.getFileName();
            var result = projects.addUpload(projectId(), fileName, event.getInputStream());
            if (result.isEmpty()) {
                event.reject();
                ui.access(() -> refused(fileName, getTranslation(locale, "upload.error.forbidden")));
                return;
            }
            switch (result.get()) {
                case PhotoImport.Imported imported -> ui.access(() -> added(imported.photo()));
                case PhotoImport.Refused refused -> {
                    event.reject();
                    ui.access(() -> refused(fileName, message(refused)));
                }
            }
        });

        url.setLabel(getTranslation("project.url.label"));
        url.setPlaceholder("https://");
        url.setClearButtonVisible(true);
        url.addClassName("url-field");
        importUrl.setText(getTranslation("project.url.import"));
        importUrl.addClickListener(click -> fetch());
        importUrl.addClickShortcut(Key.ENTER).listenOn(url);
        fetching.setIndeterminate(true);
        fetching.setVisible(false);
        fetching.addClassName("url-progress");
        var fromUrl = new Div(url, importUrl);
        fromUrl.addClassName("url-import");

        var title = new H2(getTranslation("project.upload.title"));
        title.addClassName("section-title");
        var hint = new Paragraph(getTranslation("project.upload.hint", limits.maxSize().toMegabytes(),
                limits.maxPixels() / 1_000_000));
        hint.addClassName("hint");
        var section = new Section(title, hint, upload, refusals, fromUrl, fetching);
        section.addClassName("add-photos");
        return section;
    }

    private void fetch() {
        var address = url.getValue();
        if (address.isBlank()) {
            url.focus();
            return;
        }
        var ui = UI.getCurrent();
        importUrl.setEnabled(false);
        fetching.setVisible(true);
        UUID project = projectId();
        URL_IMPORTS.execute(DelegatingSecurityContextRunnable.create(() -> {
            var result = projects.addFromUrl(project, address);
            ui.access(() -> {
                importUrl.setEnabled(true);
                fetching.setVisible(false);
                result.ifPresent(outcome -> {
                    switch (outcome) {
                        case PhotoImport.Imported imported -> {
                            added(imported.photo());
                            url.clear();
                            Notification.show(getTranslation("project.url.done", imported.photo().fileName()), 4000,
                                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
                        }
                        case PhotoImport.Refused refused -> {
                            url.setErrorMessage(message(refused));
                            url.setInvalid(true);
                        }
                    }
                });
            });
        }, null));
    }

    private void refused(String fileName, String reason) {
        var name = new Span(fileName);
        name.addClassName("refused-file");
        var line = new Paragraph(name, new Span(" — " + reason));
        line.addClassName("refusal");
        refusals.add(line);
    }

    private void added(PhotoSummary photo) {
        var current = details();
        var photos = Stream.concat(current.photos().stream(), Stream.of(photo)).toList();
        var project = current.project();
        details = new ProjectDetails(new ProjectSummary(project.id(), project.name(),
                project.listingReference(), project.address(), photos.size(),
                project.cover() == null ? photo.thumbnailLarge() : project.cover(), project.createdAt()), photos);
        replace(getComponentAt(0), header());
        showPhotos();
    }

    private void showPhotos() {
        grid.removeAll();
        var photos = details().photos();
        if (photos.isEmpty()) {
            grid.addClassName("empty");
            grid.add(new EmptyState(VaadinIcon.CAMERA, getTranslation("project.photos.empty.title"),
                    getTranslation(canAdd ? "project.photos.empty.text" : "project.photos.empty.text-viewer")));
            return;
        }
        grid.removeClassName("empty");
        var units = UploadTexts.unitsOf(this);
        photos.forEach(photo -> {
            var card = new MediaCard(MediaLibrary.memberUrl(photo.thumbnailLarge()), photo.fileName(), "")
                    .withTitle(photo.fileName())
                    .withDetail(getTranslation("project.photo.details", photo.width(), photo.height(),
                            Formats.fileSize(photo.bytes(), getLocale(), units)));
            card.addClassName("photo-card");
            card.getElement().setAttribute("role", "button");
            card.getElement().setAttribute("tabindex", "0");
            card.getElement().setAttribute("aria-label", photo.fileName());
            card.addClickListener(click -> new PhotoPreview(photo).open());
            card.getElement().addEventListener("keydown", key -> new PhotoPreview(photo).open())
                    .setFilter("event.key === 'Enter' || event.key === ' '");
            grid.add(card);
        });
    }

    private String message(PhotoImport.Refused refused) {
        return getTranslation(locale, refused.reason().messageKey(), refused.arguments().toArray());
    }

    private ProjectDetails details() {
        return Objects.requireNonNull(details);
    }

    /** The project this view shows, once it has been opened. */
    @Nullable UUID shownProject() {
        return projectId;
    }

    private UUID projectId() {
        return Objects.requireNonNull(projectId);
    }


    @Override
    public String getPageTitle() {
        return getTranslation("page.title", details == null ? getTranslation("gallery.title") : details.project().name());
    }
}
