package app.atelier.studio.ui;

import app.atelier.shared.Ids;
import app.atelier.account.Role;
import app.atelier.generation.GenerationRequest;
import app.atelier.generation.Generations;
import app.atelier.project.ProjectDetails;
import app.atelier.project.ProjectSummary;
import app.atelier.project.Projects;
import app.atelier.generation.Quote;
import app.atelier.generation.SubmitResult;
import app.atelier.media.MediaLibrary;
import app.atelier.media.PhotoPreflight;
import app.atelier.media.PhotoSummary;
import app.atelier.provider.GenerationKind;
import app.atelier.generation.GenerationSummary;
import java.awt.image.BufferedImage;
import java.util.UUID;
import app.atelier.provider.OptionSpec;
import app.atelier.provider.Provider;
import app.atelier.provider.Providers;
import app.atelier.account.AccountService;
import app.atelier.ui.EmptyState;
import app.atelier.ui.MaskEditor;
import app.atelier.ui.Formats;
import app.atelier.ui.UploadTexts;
import app.atelier.ui.ViewHeader;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
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

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    private final Generations generations;
    private final Providers providers;
    private final AccountService accounts;

    final ComboBox<ProjectSummary> project = new ComboBox<>();
    final Div photoGrid = new Div();
    private @Nullable Button selectAll;
    private @Nullable Button selectNone;
    private final Span photoCount = new Span();
    final Div kindPicker = new Div();
    final Div providerPicker = new Div();
    private final Div settingsHolder = new Div();
    OptionFields settings;
    private final Paragraph summary = new Paragraph();
    private final Paragraph engine = new Paragraph();
    final Div photoChanges = new Div();
    final Paragraph cost = new Paragraph();
    final Paragraph unreachable = new Paragraph();
    final Button generate = new Button();

    private @Nullable ProjectDetails chosenProject;
    private final LinkedHashSet<UUID> chosenPhotos = new LinkedHashSet<>();
    private GenerationKind kind = GenerationKind.CAMERA_MOTION;
    private @Nullable Provider provider;
    private String preflightKey = "";
    private List<PhotoPreflight> preflight = List.of();
    /** The zone a generation started from had, over its photo: the editor starts with it there. */
    private @Nullable BufferedImage startMask;
    private @Nullable UUID startMaskPhoto;
    final Paragraph startedFrom = new Paragraph();

    NewGenerationView(Projects projects, Generations generations, Providers providers, AccountService accounts) {
        this.accounts = accounts;
        this.projects = projects;
        this.generations = generations;
        this.providers = providers;
        this.settings = new OptionFields(providers.all().getFirst().capabilities(), Map.of(), List.of(),
                this::maskEditor, () -> { });
        addClassName("view");
        addClassName("wizard-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new ViewHeader(getTranslation("generation.new"), getTranslation("generation.new.description")));
        var all = projects.list();
        var kinds = kinds();
        if (all.isEmpty() || kinds.isEmpty()) {
            var empty = new EmptyState(VaadinIcon.FOLDER_OPEN_O, getTranslation("wizard.no-project.title"),
                    getTranslation("wizard.no-project.text"));
            var gallery = new RouterLink(getTranslation("wizard.no-project.action"), GalleryView.class);
            gallery.addClassName("primary-link");
            add(empty.withAction(gallery));
            return;
        }
        kind = kinds.getFirst();
        provider = firstAvailable(kind);
        add(step(1, "wizard.step.project", projectStep(all)),
                step(2, "wizard.step.photos", photoStep()),
                step(3, "wizard.step.kind", kindStep()),
                step(4, "wizard.step.settings", settingsHolder),
                step(5, "wizard.step.review", reviewStep()));
        settingsHolder.addClassName("settings-step");
        drawKinds();
        var parameters = event.getLocation().getQueryParameters();
        startMask = null;
        startMaskPhoto = null;
        var source = parameters.getSingleParameter(FROM).flatMap(Ids::parse).flatMap(generations::find);
        if (source.isPresent()) {
            startFrom(source.get(), parameters.getSingleParameter(ELSEWHERE).isPresent(), all);
            return;
        }
        parameters.getSingleParameter(PROJECT)
                .flatMap(Ids::parse)
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
        if (chosenProject != null && chosenProject.photos().stream().anyMatch(photo -> photo.id().equals(source.photoId()))) {
            chosenPhotos.clear();
            chosenPhotos.add(source.photoId());
        }
        if (kinds().contains(source.kind())) {
            kind = source.kind();
        }
        var same = offering(kind).stream().filter(candidate -> candidate.id().equals(source.providerId())).findFirst();
        provider = elsewhere
                ? offering(kind).stream().filter(Provider::available).filter(candidate -> !candidate.id().equals(source.providerId()))
                        .findFirst().orElse(firstAvailable(kind))
                : same.filter(Provider::available).orElse(firstAvailable(kind));
        if (source.kind() == GenerationKind.EXTERIOR) {
            startMask = generations.mask(source.id()).orElse(null);
            startMaskPhoto = source.photoId();
        }
        var sourceCapabilities = providers.find(source.providerId()).map(Provider::capabilities);
        sourceCapabilities.ifPresent(capabilities -> settings = new OptionFields(capabilities, source.options(),
                chosenProject == null ? List.of() : chosenProject.photos(), this::maskEditor, () -> { }));
        var effect = GenerationCard.effect(this, source);
        startedFrom.setText(elsewhere && provider != null && !provider.id().equals(source.providerId())
                ? getTranslation("wizard.from.elsewhere", effect, getTranslation(source.providerNameKey()),
                        getTranslation(provider.nameKey()))
                : getTranslation("wizard.from.same", effect, Formats.dateTime(source.createdAt(), getLocale())));
        startedFrom.addClassName("wizard-started-from");
        startedFrom.getElement().setAttribute("role", "note");
        addComponentAtIndex(1, startedFrom);
        keepOnePhotoIfDrawing();
        drawKinds();
        refresh();
    }

    /**
     * What the wizard can make: the kinds with a provider whose settings it can fill in (an exterior
     * needs a drawn zone, which the mask editor brings).
     */
    private List<GenerationKind> kinds() {
        return Arrays.stream(GenerationKind.values())
                .filter(candidate -> providers.offering(candidate).stream().anyMatch(this::fillable))
                .toList();
    }

    private boolean fillable(Provider candidate) {
        return candidate.capabilities().options().stream()
                .noneMatch(option -> option.type() == OptionSpec.Type.IMAGE && option.required()
                        && !option.key().equals(OptionFields.MASK));
    }

    /** Whether the chosen kind makes images (an exterior) rather than videos. */
    private boolean makesImages() {
        return kind == GenerationKind.EXTERIOR;
    }

    /** Whether the chosen provider takes a zone drawn over the photo: then one photo at a time. */
    private boolean drawsMask() {
        return provider != null && provider.capabilities().option(OptionFields.MASK).isPresent();
    }

    private MaskEditor maskEditor(PhotoSummary photo) {
        return MaskEditors.over(photo, photo.id().equals(startMaskPhoto) ? startMask : null, accounts);
    }

    /** A zone is drawn on one photo: keep only the first chosen one when the provider takes a zone. */
    private void keepOnePhotoIfDrawing() {
        if (drawsMask() && chosenPhotos.size() > 1) {
            var first = chosenPhotos.getFirst();
            chosenPhotos.clear();
            chosenPhotos.add(first);
        }
    }

    private List<Provider> offering(GenerationKind wanted) {
        return providers.offering(wanted).stream().filter(this::fillable).toList();
    }

    private @Nullable Provider firstAvailable(GenerationKind wanted) {
        return offering(wanted).stream().filter(Provider::available).findFirst().orElse(null);
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
            chosenPhotos.clear();
            chosenProject = change.getValue() == null ? null : projects.find(change.getValue().id()).orElse(null);
            if (chosenProject != null) {
                chosenProject.photos().forEach(photo -> chosenPhotos.add(photo.id()));
            }
            keepOnePhotoIfDrawing();
            drawSettings();
            refresh();
        });
        return project;
    }

    private Component photoStep() {
        photoGrid.addClassName("photo-picker");
        photoGrid.getElement().setAttribute("role", "group");
        photoGrid.getElement().setAttribute("aria-label", getTranslation("wizard.step.photos"));
        photoCount.addClassName("hint");
        var all = new Button(getTranslation("wizard.photos.all"), click -> {
            if (chosenProject != null) {
                chosenProject.photos().forEach(photo -> chosenPhotos.add(photo.id()));
            }
            keepOnePhotoIfDrawing();
            refresh();
        });
        all.getElement().setAttribute("data-action", "all-photos");
        selectAll = all;
        var none = new Button(getTranslation("wizard.photos.none"), click -> {
            chosenPhotos.clear();
            refresh();
        });
        all.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        none.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        selectNone = none;
        var bar = new Div(photoCount, all, none);
        bar.addClassName("photo-picker-bar");
        return new Div(bar, photoGrid);
    }

    private Component kindStep() {
        kindPicker.addClassName("kind-picker");
        kindPicker.getElement().setAttribute("role", "radiogroup");
        kindPicker.getElement().setAttribute("aria-label", getTranslation("wizard.kind.label"));
        providerPicker.addClassName("provider-picker");
        providerPicker.getElement().setAttribute("role", "radiogroup");
        providerPicker.getElement().setAttribute("aria-label", getTranslation("wizard.provider.label"));
        var providerTitle = new Paragraph(getTranslation("wizard.provider.label"));
        providerTitle.addClassName("picker-title");
        return new Div(kindPicker, providerTitle, providerPicker);
    }

    /** Redraws the kinds and the providers of the chosen kind, then the settings. */
    private void drawKinds() {
        kindPicker.removeAll();
        for (var candidate : kinds()) {
            var icon = new Icon(switch (candidate) {
                case AI_VIDEO -> VaadinIcon.MAGIC;
                case EXTERIOR -> VaadinIcon.PAINTBRUSH;
                case CAMERA_MOTION -> VaadinIcon.MOVIE;
            });
            icon.addClassName("choice-card-icon");
            var name = new Span(getTranslation(candidate.labelKey()));
            name.addClassName("choice-card-name");
            var text = new Span(getTranslation(candidate.hintKey()));
            text.addClassName("choice-card-hint");
            var card = choiceCard(candidate == kind, true, () -> {
                if (candidate == kind) {
                    return;
                }
                kind = candidate;
                provider = firstAvailable(candidate);
                keepOnePhotoIfDrawing();
                drawKinds();
                refresh();
            }, icon, name, text);
            card.getElement().setAttribute("data-kind", candidate.name());
            kindPicker.add(card);
        }
        providerPicker.removeAll();
        for (var candidate : offering(kind)) {
            var name = new Span(getTranslation(candidate.nameKey()));
            name.addClassName("choice-card-name");
            var card = choiceCard(candidate == provider, candidate.available(), () -> {
                if (candidate == provider) {
                    return;
                }
                provider = candidate;
                keepOnePhotoIfDrawing();
                drawKinds();
                refresh();
            }, name);
            if (candidate.sandboxed()) {
                var chip = new Badge(getTranslation("generation.sandbox"));
                chip.addClassName("sandbox-badge");
                chip.getElement().setAttribute("title", getTranslation("generation.sandbox.hint"));
                name.add(chip);
            }
            var cost = candidate.capabilities().cost();
            var price = new Span(cost.amount() == 0 ? getTranslation("wizard.provider.free")
                    : getTranslation(makesImages() ? "wizard.provider.cost.image" : "wizard.provider.cost", cost.amount(), getTranslation(cost.currency().labelKey(), cost.amount())));
            price.addClassName("choice-card-hint");
            card.add(price);
            var note = new Span(!candidate.available() ? getTranslation("wizard.provider.unavailable")
                    : candidate.sandboxed() ? getTranslation("wizard.provider.sandboxed")
                    : getTranslation("wizard.provider.typical", minutes(candidate.capabilities().typicalDuration())));
            note.addClassName("choice-card-hint");
            card.add(note);
            card.getElement().setAttribute("data-provider", candidate.id());
            providerPicker.add(card);
        }
        drawSettings();
    }

    private String minutes(Duration typical) {
        return typical.toSeconds() < 60 ? getTranslation("wizard.provider.seconds", typical.toSeconds())
                : getTranslation("wizard.provider.minutes", Math.round(typical.toSeconds() / 60.0));
    }

    /** A card that acts as a radio button: click, Enter or Space chooses it, unless it is disabled. */
    private static Div choiceCard(boolean chosen, boolean enabled, Runnable choose, Component... content) {
        var card = new Div(content);
        card.addClassName("choice-card");
        card.getElement().setAttribute("role", "radio");
        card.getElement().setAttribute("aria-checked", Boolean.toString(chosen));
        if (chosen) {
            card.addClassName("chosen");
        }
        if (!enabled) {
            card.addClassName("disabled");
            card.getElement().setAttribute("aria-disabled", "true");
            return card;
        }
        card.getElement().setAttribute("tabindex", chosen ? "0" : "-1");
        card.addClickListener(click -> choose.run());
        card.getElement().addEventListener("keydown", key -> choose.run())
                .setFilter("event.key === 'Enter' || event.key === ' '").preventDefault();
        return card;
    }

    /** Redraws the settings of the chosen provider, keeping what it can of what was set. */
    private void drawSettings() {
        settingsHolder.removeAll();
        if (provider == null) {
            settingsHolder.add(hint(getTranslation("wizard.settings.no-provider")));
            return;
        }
        var kept = settings.values();
        settings = new OptionFields(provider.capabilities(), kept,
                chosenProject == null ? List.of() : chosenProject.photos(), this::maskEditor, this::refreshReview);
        settings.sample(sample());
        settingsHolder.add(settings);
    }

    private Optional<PhotoSummary> sample() {
        var photos = chosenProject == null ? List.<PhotoSummary>of() : chosenProject.photos();
        return photos.stream().filter(photo -> chosenPhotos.contains(photo.id())).findFirst()
                .or(() -> photos.stream().findFirst());
    }

    private Component reviewStep() {
        summary.addClassName("wizard-summary");
        engine.addClassName("wizard-engine");
        photoChanges.addClassName("wizard-photo-changes");
        photoChanges.getElement().setAttribute("role", "note");
        cost.addClassName("wizard-cost");
        cost.getElement().setAttribute("aria-live", "polite");
        generate.setText(getTranslation("wizard.generate"));
        generate.setIcon(new Icon(VaadinIcon.MAGIC));
        generate.addThemeVariants(ButtonVariant.PRIMARY);
        generate.addClassName("wizard-generate");
        generate.setDisableOnClick(true);
        generate.addClickListener(click -> submit());
        unreachable.addClassName("wizard-warning");
        unreachable.getElement().setAttribute("role", "note");
        unreachable.setVisible(false);
        var review = new Div(summary, engine, photoChanges, cost, unreachable, generate);
        review.addClassName("wizard-review");
        return review;
    }

    /** Redraws the photos, the motions (over the first chosen photo) and the review. */
    private void refresh() {
        photoGrid.removeAll();
        var photos = chosenProject == null ? List.<PhotoSummary>of() : chosenProject.photos();
        if (chosenProject == null) {
            photoGrid.add(hint(getTranslation("wizard.photos.choose-project")));
        } else if (photos.isEmpty()) {
            var addPhotos = new RouterLink(getTranslation("wizard.photos.add"), ProjectView.class,
                    new RouteParameters(ProjectView.PROJECT, chosenProject.project().id().toString()));
            addPhotos.addClassName("primary-link");
            photoGrid.add(hint(getTranslation("wizard.photos.empty")), addPhotos);
        }
        photos.forEach(photo -> photoGrid.add(photoTile(photo)));
        photoCount.setText(getTranslation(drawsMask() ? "wizard.photos.one" : "wizard.photos.count", chosenPhotos.size()));
        photoGrid.getElement().setAttribute("role", drawsMask() ? "radiogroup" : "group");
        // a zone is painted on one photo: choosing another replaces it, so no "all" or "none"
        Optional.ofNullable(selectAll).ifPresent(button -> button.setVisible(!drawsMask()));
        Optional.ofNullable(selectNone).ifPresent(button -> button.setVisible(!drawsMask()));
        settings.sample(sample());
        refreshReview();
    }

    private Div photoTile(PhotoSummary photo) {
        boolean chosen = chosenPhotos.contains(photo.id());
        var image = new Image(MediaLibrary.memberUrl(photo.thumbnailSmall()), photo.fileName());
        var check = new Icon(VaadinIcon.CHECK);
        check.addClassName("photo-tile-check");
        check.getElement().setAttribute("aria-hidden", "true");
        var name = new Span(photo.fileName());
        name.addClassName("photo-tile-name");
        var tile = new Div(image, check, name);
        tile.addClassName("photo-tile");
        tile.getElement().setAttribute("role", drawsMask() ? "radio" : "checkbox");
        tile.getElement().setAttribute("aria-checked", Boolean.toString(chosen));
        tile.getElement().setAttribute("aria-label", photo.fileName());
        tile.getElement().setAttribute("tabindex", "0");
        if (chosen) {
            tile.addClassName("chosen");
        }
        Runnable toggle = () -> {
            if (drawsMask()) {
                // a zone is drawn on one photo: choosing another one replaces it
                chosenPhotos.clear();
                chosenPhotos.add(photo.id());
            } else if (!chosenPhotos.remove(photo.id())) {
                chosenPhotos.add(photo.id());
            }
            refresh();
        };
        tile.addClickListener(click -> toggle.run());
        tile.getElement().addEventListener("keydown", key -> toggle.run())
                .setFilter("event.key === 'Enter' || event.key === ' '").preventDefault();
        return tile;
    }

    private void refreshReview() {
        var request = request();
        cost.removeClassName("error");
        photoChanges.removeAll();
        unreachable.setVisible(false);
        engine.setText("");
        if (request.isEmpty() || request.get().photoIds().isEmpty()) {
            summary.setText(getTranslation(provider == null ? "wizard.settings.no-provider" : "wizard.review.incomplete"));
            cost.setText("");
            generate.setEnabled(false);
            return;
        }
        var chosen = Objects.requireNonNull(provider);
        int count = request.get().photoIds().size();
        var choices = chosen.capabilities().options().stream()
                .filter(option -> option.type() == OptionSpec.Type.CHOICE)
                .map(option -> settings.label(option.key(), settings.values().get(option.key())))
                .toList();
        summary.setText(getTranslation(makesImages() ? "wizard.review.summary.image" : "wizard.review.summary", count, String.join(" · ", choices)));
        engine.setText(getTranslation(chosen.sandboxed() ? "wizard.review.engine.sandbox" : "wizard.review.engine",
                getTranslation(chosen.nameKey())));
        var quote = generations.quote(request.get()).orElseThrow();
        var photos = preflight(chosen, request.get().photoIds());
        boolean photosFit = photos.stream().allMatch(PhotoPreflight::fits);
        photos.stream().filter(photo -> !photo.unchanged())
                .forEach(photo -> photoChanges.add(new Paragraph(preflightText(photo, chosen))));
        var drawn = settings.maskEditor();
        var missing = new ArrayList<>(chosen.capabilities().check(settings.values()).problems().entrySet().stream()
                // the zone is drawn in the editor, not chosen: its own check says what is missing
                .filter(problem -> !(settings.drawsMask() && problem.getKey().equals(OptionFields.MASK)))
                .map(problem -> getTranslation("wizard.review.problem", label(chosen, problem.getKey()),
                        getTranslation(problem.getValue())))
                .toList());
        if (settings.drawsMask()) {
            drawn.flatMap(MaskEditor::problem).or(() -> drawn.isEmpty() ? Optional.of("wizard.mask.no-photo") : Optional.empty())
                    .ifPresent(problem -> missing.addFirst(getTranslation(problem)));
        }
        // the member may still go on: a vendor on the same network can reach us
        unreachable.setText(quote.unreachable() ? getTranslation("wizard.unreachable") : "");
        unreachable.setVisible(quote.unreachable());
        if (!missing.isEmpty()) {
            cost.setText(String.join(" ", missing));
            cost.addClassName("error");
            generate.setEnabled(false);
            return;
        }
        cost.setText(photosFit ? costText(quote) : getTranslation("generation.error.photo-cannot-fit"));
        boolean possible = quote.affordable() && photosFit;
        if (!possible) {
            cost.addClassName("error");
        }
        generate.setEnabled(possible);
    }

    /** The photos' preflight for the provider, asked again only when the provider or the photos change. */
    private List<PhotoPreflight> preflight(Provider chosen, List<UUID> photos) {
        var key = chosen.id() + photos;
        if (!key.equals(preflightKey)) {
            preflight = generations.preflight(chosen.id(), photos);
            preflightKey = key;
        }
        return preflight;
    }

    /** What will be done to a photo for the provider, or why it cannot be sent, in a sentence. */
    private String preflightText(PhotoPreflight photo, Provider chosen) {
        var name = getTranslation(chosen.nameKey());
        var input = chosen.capabilities().input();
        if (!photo.fits()) {
            return getTranslation("wizard.preflight.cannot-fit", photo.fileName(), name, input.minSide(), input.maxSide(),
                    Formats.size(photo.width(), photo.height(), getLocale()));
        }
        var changes = photo.changes().stream().map(change -> switch (change.kind()) {
            case ALPHA_FLATTENED -> getTranslation("wizard.preflight.flattened");
            case RESIZED -> getTranslation("wizard.preflight.resized", sizes(change.detail()));
            case CONVERTED_TO_JPEG -> getTranslation("wizard.preflight.converted", change.detail());
            case RECOMPRESSED -> getTranslation("wizard.preflight.compressed",
                    Formats.fileSize(input.maxBytes(), getLocale(), UploadTexts.unitsOf(this)));
        }).toList();
        return getTranslation("wizard.preflight.changes", photo.fileName(), name, String.join(", ", changes));
    }

    /** "2400x1600 -> 2000x1333" as "2 400 × 1 600 → 2 000 × 1 333". */
    private String sizes(String detail) {
        return Arrays.stream(detail.split(" -> "))
                .map(side -> side.split("x"))
                .map(side -> Formats.size(Integer.parseInt(side[0]), Integer.parseInt(side[1]), getLocale()))
                .reduce((from, to) -> from + " → " + to).orElse(detail);
    }

    private String costText(Quote quote) {
        return costText(this, quote);
    }

    /** What a quote costs and leaves, in a sentence ("Cette génération utilisera 1 crédit … il vous en restera 9"). */
    static String costText(Component words, Quote quote) {
        var currency = words.getTranslation(quote.currency().labelKey(), quote.cost());
        if (quote.cost() == 0) {
            return words.getTranslation("wizard.cost.free", quote.generations());
        }
        if (!quote.affordable()) {
            return words.getTranslation("wizard.cost.short", quote.cost(), currency, quote.available());
        }
        return words.getTranslation("wizard.cost.spend", quote.generations(), quote.cost(), currency, quote.after());
    }

    private Optional<GenerationRequest> request() {
        if (chosenProject == null || provider == null) {
            return Optional.empty();
        }
        var ordered = new ArrayList<UUID>();
        chosenProject.photos().stream().map(PhotoSummary::id).filter(chosenPhotos::contains).forEach(ordered::add);
        return Optional.of(new GenerationRequest(chosenProject.project().id(), ordered, provider.id(), kind,
                settings.values()));
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
        var result = drawn.isPresent() ? generations.submit(request.get(), drawn.get().getMaskImage())
                : generations.submit(request.get());
        switch (result) {
            case SubmitResult.Accepted accepted -> {
                Notification.show(getTranslation(makesImages() ? "wizard.submitted.image" : "wizard.submitted",
                                accepted.generationIds().size()), 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(ProjectView.class,
                        new RouteParameters(ProjectView.PROJECT, request.get().projectId().toString())));
            }
            case SubmitResult.NotEnoughCredits refused -> refused(refused, false);
            case SubmitResult.Invalid invalid -> refused(invalid, true);
        }
    }

    private void refused(SubmitResult refusal, boolean mayRetry) {
        cost.setText(refusalText(this, refusal));
        cost.addClassName("error");
        generate.setEnabled(mayRetry);
    }

    /** Why a submission was refused, in a sentence or two. */
    static String refusalText(Component words, SubmitResult refusal) {
        return switch (refusal) {
            case SubmitResult.NotEnoughCredits refused -> words.getTranslation("wizard.cost.short", refused.needed(),
                    words.getTranslation(refused.currency().labelKey(), refused.needed()), refused.available());
            case SubmitResult.Invalid invalid -> invalid.problems().values().stream().map(words::getTranslation).distinct()
                    .reduce((first, second) -> first + " " + second).orElse("");
            case SubmitResult.Accepted accepted -> "";
        };
    }

    private String label(Provider chosen, String key) {
        return chosen.capabilities().option(key).map(option -> getTranslation(option.labelKey())).orElse(key);
    }

    private static Paragraph hint(String text) {
        var hint = new Paragraph(text);
        hint.addClassName("hint");
        return hint;
    }


    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("generation.new"));
    }
}
