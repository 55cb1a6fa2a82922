package app.atelier.studio.ui;

import app.atelier.account.AccountService;
import app.atelier.account.Role;
import app.atelier.generation.GenerationRequest;
import app.atelier.generation.GenerationRequests;
import app.atelier.generation.GenerationSummary;
import app.atelier.generation.Generations;
import app.atelier.generation.SubmitResult;
import app.atelier.generation.TypicalWaits;
import app.atelier.media.PhotoSummary;
import app.atelier.project.ProjectDetails;
import app.atelier.project.ProjectSummary;
import app.atelier.project.Projects;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.Provider;
import app.atelier.provider.Providers;
import app.atelier.shared.GenerationId;
import app.atelier.shared.Ids;
import app.atelier.shared.ProjectId;
import app.atelier.ui.EmptyState;
import app.atelier.ui.Formats;
import app.atelier.ui.ViewHeader;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The generation wizard, on one page in five steps: a project, its photos (several make one
 * generation each), what to make and who makes it (the local engine, IA Créa, Wan 2.5, Luma; a
 * provider standing in as the sandbox says so), that provider's settings (camera motions shown
 * moving over the member's own photo, a prompt, a format…), and a review that says what will be
 * done to the photos and what it costs before anything is spent. "Générer" queues them and opens
 * the project, where they progress live.
 */
@Route("generations/new")
@Menu(order = 1, icon = "vaadin:plus-circle-o", title = "nav.new-generation")
@RolesAllowed({Role.ADMIN_NAME, Role.MEMBER_NAME})
public class NewGenerationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The query parameter naming the project to start from. */
    static final String PROJECT = "project";
    /** The query parameter naming a generation to start from ("make another like this"). */
    static final String FROM = "from";
    /** With {@link #FROM}: the same request to another provider of its kind. */
    static final String ELSEWHERE = "elsewhere";

    private final Projects projects;
    private final GenerationRequests requests;
    private final TypicalWaits waits;
    private final Generations generations;
    private final Providers providers;
    private final AccountService accounts;

    final ComboBox<ProjectSummary> project = new ComboBox<>();
    private final PhotoPicker photos = new PhotoPicker(this::refresh);
    private final KindPicker kinds;
    private final Div settingsHolder = new Div();
    private final WizardReview review;
    final Div photoGrid = photos.grid;
    final Div kindPicker;
    final Div providerPicker;
    final Div photoChanges;
    final Paragraph cost;
    final Paragraph unreachable;
    final Button generate;
    final Paragraph startedFrom = new Paragraph();
    OptionFields settings;

    private @Nullable ProjectDetails chosenProject;
    /** The zone a generation started from had, over its photo: the editor starts with it there. */
    private @Nullable BufferedImage startMask;
    private @Nullable UUID startMaskPhoto;

    NewGenerationView(Projects projects, GenerationRequests requests, Generations generations, Providers providers,
                      AccountService accounts, TypicalWaits waits) {
        this.accounts = accounts;
        this.projects = projects;
        this.requests = requests;
        this.generations = generations;
        this.providers = providers;
        this.kinds = new KindPicker(providers, this::kindChanged);
        this.waits = waits;
        this.review = new WizardReview(requests, this::submit);
        this.kindPicker = kinds.kinds;
        this.providerPicker = kinds.providerCards;
        this.photoChanges = review.photoChanges;
        this.cost = review.cost;
        this.unreachable = review.unreachable;
        this.generate = review.generate;
        this.settings = new OptionFields(providers.all().getFirst().capabilities(), Map.of(), List.of(),
                this::maskEditor, () -> { });
        addClassName("view");
        addClassName("wizard-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        kinds.measured(waits.medians());
        add(new ViewHeader(getTranslation("generation.new"), getTranslation("generation.new.description")));
        var all = projects.list();
        var makeable = kinds.makeable();
        if (all.isEmpty() || makeable.isEmpty()) {
            var empty = new EmptyState(VaadinIcon.FOLDER_OPEN_O, getTranslation("wizard.no-project.title"),
                    getTranslation("wizard.no-project.text"));
            var gallery = new RouterLink(getTranslation("wizard.no-project.action"), GalleryView.class);
            gallery.addClassName("primary-link");
            add(empty.withAction(gallery));
            return;
        }
        kinds.choose(makeable.getFirst());
        add(step(1, "wizard.step.project", projectStep(all)),
                step(2, "wizard.step.photos", photos),
                step(3, "wizard.step.kind", kinds),
                step(4, "wizard.step.settings", settingsHolder),
                step(5, "wizard.step.review", review));
        settingsHolder.addClassName("settings-step");
        drawKinds();
        var parameters = event.getLocation().getQueryParameters();
        startMask = null;
        startMaskPhoto = null;
        var source = parameters.getSingleParameter(FROM).flatMap(Ids::parse).map(GenerationId::of).flatMap(generations::find);
        if (source.isPresent()) {
            startFrom(source.get(), parameters.getSingleParameter(ELSEWHERE).isPresent(), all);
            return;
        }
        parameters.getSingleParameter(PROJECT)
                .flatMap(Ids::parse)
                .map(ProjectId::of)
                .flatMap(id -> all.stream().filter(summary -> summary.id().equals(id)).findFirst())
                .ifPresentOrElse(project::setValue, this::refresh);
    }

    /**
     * Fills the wizard in as {@code source} was asked for: its project, its photo, its kind, its
     * provider (or, {@code elsewhere}, the first other available one of the kind), its settings and its
     * zone. Nothing is submitted: the member looks, changes what they like and generates.
     */
    private void startFrom(GenerationSummary source, boolean elsewhere, List<ProjectSummary> all) {
        all.stream().filter(summary -> summary.id().equals(source.projectId())).findFirst().ifPresent(project::setValue);
        photos.only(source.photoId());
        kinds.startFrom(source.kind(), source.providerId(), elsewhere);
        if (source.kind() == GenerationKind.EXTERIOR) {
            startMask = requests.mask(source.id()).orElse(null);
            startMaskPhoto = source.photoId();
        }
        providers.find(source.providerId()).map(Provider::capabilities).ifPresent(capabilities -> settings =
                new OptionFields(capabilities, source.options(), photos.photos(), this::maskEditor, () -> { }));
        var effect = GenerationCard.effect(this, source);
        var provider = kinds.provider();
        startedFrom.setText(elsewhere && provider != null && !provider.id().equals(source.providerId())
                ? getTranslation("wizard.from.elsewhere", effect, getTranslation(source.providerNameKey()),
                        getTranslation(provider.nameKey()))
                : getTranslation("wizard.from.same", effect, Formats.dateTime(source.createdAt(), getLocale())));
        startedFrom.addClassName("wizard-started-from");
        startedFrom.getElement().setAttribute("role", "note");
        addComponentAtIndex(1, startedFrom);
        photos.oneAtATime(drawsMask());
        drawKinds();
        refresh();
    }

    /** Whether the chosen provider takes a zone drawn over the photo: then one photo at a time. */
    private boolean drawsMask() {
        var provider = kinds.provider();
        return provider != null && provider.capabilities().option(OptionFields.MASK).isPresent();
    }

    private MaskEditor maskEditor(PhotoSummary photo) {
        return MaskEditors.over(photo, photo.id().equals(startMaskPhoto) ? startMask : null, accounts);
    }

    private Section step(int number, String titleKey, Component content) {
        var badge = new Span(Integer.toString(number));
        badge.addClassName("step-number");
        badge.getElement().setAttribute("aria-hidden", "true");
        var title = new H2(badge, new Span(getTranslation(titleKey)));
        title.addClassName("step-title");
        var section = new Section(title, content);
        section.addClassName("wizard-step");
        return section;
    }

    private Component projectStep(List<ProjectSummary> all) {
        project.setLabel(getTranslation("wizard.project.label"));
        project.setItems(all);
        project.setItemLabelGenerator(summary -> summary.listingReference() == null ? summary.name()
                : summary.name() + " · " + summary.listingReference());
        project.setPlaceholder(getTranslation("wizard.project.placeholder"));
        project.addClassName("wizard-project");
        project.addValueChangeListener(change -> {
            chosenProject = change.getValue() == null ? null : projects.find(change.getValue().id()).orElse(null);
            photos.project(chosenProject);
            photos.oneAtATime(drawsMask());
            drawSettings();
            refresh();
        });
        return project;
    }

    /** Another kind or provider: one photo when it takes a zone, its cards, its settings, the review. */
    private void kindChanged() {
        photos.oneAtATime(drawsMask());
        drawKinds();
        refresh();
    }

    /** Redraws the kinds and the providers of the chosen kind, then the settings. */
    private void drawKinds() {
        kinds.draw();
        drawSettings();
    }

    /** Redraws the settings of the chosen provider, keeping what it can of what was set. */
    private void drawSettings() {
        settingsHolder.removeAll();
        var provider = kinds.provider();
        if (provider == null) {
            settingsHolder.add(PhotoPicker.hint(getTranslation("wizard.settings.no-provider")));
            return;
        }
        var own = settings.photoOptions();
        settings = new OptionFields(provider.capabilities(), settings.values(), photos.photos(), this::maskEditor,
                this::refreshReview);
        settings.chosen(photos.chosenPhotos());
        settings.keep(own);
        settings.sample(photos.sample());
        settingsHolder.add(settings);
    }

    /** Redraws the photos, the motions (over the first chosen photo) and the review. */
    private void refresh() {
        photos.oneAtATime(drawsMask());
        photos.draw();
        settings.chosen(photos.chosenPhotos());
        settings.sample(photos.sample());
        refreshReview();
    }

    private void refreshReview() {
        review.show(request(), kinds.provider(), kinds.kind() == GenerationKind.EXTERIOR, settings);
    }

    private Optional<GenerationRequest> request() {
        var provider = kinds.provider();
        if (chosenProject == null || provider == null) {
            return Optional.empty();
        }
        return Optional.of(new GenerationRequest(chosenProject.project().id(), photos.chosen(), provider.id(), kinds.kind(),
                settings.values()).eachPhoto(settings.photoOptions()));
    }

    private void submit() {
        var request = request();
        if (request.isEmpty()) {
            generate.setEnabled(false);
            return;
        }
        var drawn = settings.drawsMask() ? settings.maskEditor() : Optional.<MaskEditor>empty();
        if (settings.drawsMask() && drawn.isEmpty()) {
            refreshReview();
            return;
        }
        if (drawn.isPresent()) {
            SmallZone.confirmed(drawn.get(), () -> send(request.get(), drawn), () -> generate.setEnabled(true));
        } else {
            send(request.get(), drawn);
        }
    }

    private void send(GenerationRequest request, Optional<MaskEditor> drawn) {
        var result = drawn.isPresent() ? requests.submit(request, drawn.get().getMaskImage()) : requests.submit(request);
        switch (result) {
            case SubmitResult.Accepted accepted -> {
                Notification.show(getTranslation(kinds.kind() == GenerationKind.EXTERIOR ? "wizard.submitted.image"
                                : "wizard.submitted", accepted.generationIds().size()), 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(ProjectView.class,
                        new RouteParameters(ProjectView.PROJECT, request.projectId().toString())));
            }
            case SubmitResult.NotEnoughCredits refused -> review.refused(refused, false);
            case SubmitResult.Invalid invalid -> review.refused(invalid, true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("generation.new"));
    }
}
