package app.atelier.generation.ui;

import app.atelier.shared.Ids;
import app.atelier.account.Role;
import app.atelier.generation.GenerationRequest;
import app.atelier.generation.Generations;
import app.atelier.generation.ProjectDetails;
import app.atelier.generation.ProjectSummary;
import app.atelier.generation.Projects;
import app.atelier.generation.Quote;
import app.atelier.generation.SubmitResult;
import app.atelier.media.MediaLibrary;
import app.atelier.media.PhotoSummary;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.OptionSpec;
import app.atelier.provider.Provider;
import app.atelier.provider.Providers;
import app.atelier.ui.EmptyState;
import app.atelier.ui.ViewHeader;
import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The generation wizard, on one page in five steps: a project, its photos (several make one
 * generation each), the camera motion (each shown moving over the member's own photo), the format
 * and length, and a review that says what it costs before anything is spent. "Générer" queues them
 * and opens the project, where they progress live.
 */
@Route("generations/new")
@Menu(order = 1, icon = "vaadin:plus-circle-o", title = "nav.new-generation")
@RolesAllowed({Role.ADMIN_NAME, Role.MEMBER_NAME})
public class NewGenerationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The query parameter naming the project to start from. */
    static final String PROJECT = "project";
    static final String MOTION = "motion";
    static final String FORMAT = "format";
    static final String DURATION = "duration";

    private final Projects projects;
    private final Generations generations;
    private final @Nullable Provider provider;

    final ComboBox<ProjectSummary> project = new ComboBox<>();
    final Div photoGrid = new Div();
    private final Span photoCount = new Span();
    final Div motionGrid = new Div();
    final RadioButtonGroup<String> format = new RadioButtonGroup<>();
    final RadioButtonGroup<String> duration = new RadioButtonGroup<>();
    private final Paragraph summary = new Paragraph();
    final Paragraph cost = new Paragraph();
    final Paragraph unreachable = new Paragraph();
    final Button generate = new Button();

    private @Nullable ProjectDetails chosenProject;
    private final LinkedHashSet<UUID> chosenPhotos = new LinkedHashSet<>();
    private String motion = "";

    NewGenerationView(Projects projects, Generations generations, Providers providers) {
        this.projects = projects;
        this.generations = generations;
        this.provider = providers.offering(GenerationKind.CAMERA_MOTION).stream().findFirst().orElse(null);
        addClassName("view");
        addClassName("wizard-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new ViewHeader(getTranslation("generation.new"), getTranslation("generation.new.description")));
        var all = projects.list();
        if (all.isEmpty() || provider == null) {
            var empty = new EmptyState(VaadinIcon.FOLDER_OPEN_O, getTranslation("wizard.no-project.title"),
                    getTranslation("wizard.no-project.text"));
            var gallery = new RouterLink(getTranslation("wizard.no-project.action"), GalleryView.class);
            gallery.addClassName("primary-link");
            add(empty.withAction(gallery));
            return;
        }
        var capabilities = provider.capabilities();
        motion = capabilities.option(MOTION).map(OptionSpec::defaultValue).orElse("");
        add(step(1, "wizard.step.project", projectStep(all)),
                step(2, "wizard.step.photos", photoStep()),
                step(3, "wizard.step.effect", motionStep()),
                step(4, "wizard.step.format", formatStep()),
                step(5, "wizard.step.review", reviewStep()));
        event.getLocation().getQueryParameters().getSingleParameter(PROJECT)
                .flatMap(Ids::parse)
                .flatMap(id -> all.stream().filter(summary -> summary.id().equals(id)).findFirst())
                .ifPresentOrElse(project::setValue, this::refresh);
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
            refresh();
        });
        var none = new Button(getTranslation("wizard.photos.none"), click -> {
            chosenPhotos.clear();
            refresh();
        });
        all.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        none.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        var bar = new Div(photoCount, all, none);
        bar.addClassName("photo-picker-bar");
        return new Div(bar, photoGrid);
    }

    private Component motionStep() {
        motionGrid.addClassName("motion-picker");
        motionGrid.getElement().setAttribute("role", "radiogroup");
        motionGrid.getElement().setAttribute("aria-label", getTranslation("wizard.step.effect"));
        return motionGrid;
    }

    private Component formatStep() {
        var capabilities = Objects.requireNonNull(provider).capabilities();
        format.setLabel(getTranslation("wizard.format.label"));
        var formats = capabilities.option(FORMAT).orElseThrow();
        format.setItems(formats.values());
        format.setRenderer(new ComponentRenderer<>(value -> {
            var shape = new Div();
            shape.addClassNames("format-shape", "format-" + value.toLowerCase(Locale.ROOT).replace('_', '-'));
            shape.getElement().setAttribute("aria-hidden", "true");
            var choice = new Div(shape, new Span(label(formats, value)));
            choice.addClassName("format-choice");
            return choice;
        }));
        format.setValue(capabilities.option(FORMAT).map(OptionSpec::defaultValue).orElse(null));
        format.addClassName("format-picker");
        format.addValueChangeListener(change -> refreshReview());
        duration.setLabel(getTranslation("wizard.duration.label"));
        var durations = capabilities.option(DURATION).orElseThrow();
        duration.setItems(durations.values());
        duration.setItemLabelGenerator(value -> label(durations, value));
        duration.setValue(capabilities.option(DURATION).map(OptionSpec::defaultValue).orElse(null));
        duration.addValueChangeListener(change -> refreshReview());
        var fields = new Div(format, duration);
        fields.addClassName("format-fields");
        return fields;
    }

    private Component reviewStep() {
        summary.addClassName("wizard-summary");
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
        var review = new Div(summary, cost, unreachable, generate);
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
        photoCount.setText(getTranslation("wizard.photos.count", chosenPhotos.size()));
        var sample = photos.stream().filter(photo -> chosenPhotos.contains(photo.id())).findFirst()
                .or(() -> photos.stream().findFirst());
        motionGrid.removeAll();
        Objects.requireNonNull(provider).capabilities().option(MOTION).map(OptionSpec::choices).orElse(List.of())
                .forEach(choice -> motionGrid.add(motionCard(choice, sample)));
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
        tile.getElement().setAttribute("role", "checkbox");
        tile.getElement().setAttribute("aria-checked", Boolean.toString(chosen));
        tile.getElement().setAttribute("aria-label", photo.fileName());
        tile.getElement().setAttribute("tabindex", "0");
        if (chosen) {
            tile.addClassName("chosen");
        }
        Runnable toggle = () -> {
            if (!chosenPhotos.remove(photo.id())) {
                chosenPhotos.add(photo.id());
            }
            refresh();
        };
        tile.addClickListener(click -> toggle.run());
        tile.getElement().addEventListener("keydown", key -> toggle.run())
                .setFilter("event.key === 'Enter' || event.key === ' '").preventDefault();
        return tile;
    }

    private Div motionCard(OptionSpec.Choice choice, Optional<PhotoSummary> sample) {
        var value = choice.value();
        var preview = new Div();
        preview.addClassNames("motion-preview", "motion-" + value.toLowerCase(Locale.ROOT).replace('_', '-'));
        if (sample.isPresent()) {
            var image = new Image(MediaLibrary.memberUrl(sample.get().thumbnailSmall()), "");
            image.getElement().setAttribute("aria-hidden", "true");
            preview.add(image);
        } else {
            var stage = new Div();
            stage.addClassName("motion-stage");
            preview.add(stage);
        }
        var name = new Span(getTranslation(choice.labelKey()));
        name.addClassName("motion-name");
        var card = new Div(preview, name);
        if (choice.hintKey() != null) {
            var text = new Span(getTranslation(choice.hintKey()));
            text.addClassName("motion-hint");
            card.add(text);
        }
        card.addClassName("motion-card");
        boolean chosen = value.equals(motion);
        if (chosen) {
            card.addClassName("chosen");
        }
        card.getElement().setAttribute("role", "radio");
        card.getElement().setAttribute("aria-checked", Boolean.toString(chosen));
        card.getElement().setAttribute("tabindex", chosen ? "0" : "-1");
        card.getElement().setAttribute("data-motion", value);
        Runnable choose = () -> {
            motion = value;
            refresh();
        };
        card.addClickListener(click -> choose.run());
        card.getElement().addEventListener("keydown", key -> choose.run())
                .setFilter("event.key === 'Enter' || event.key === ' '").preventDefault();
        return card;
    }

    private void refreshReview() {
        var request = request();
        var ready = request.isPresent() && !request.get().photoIds().isEmpty();
        cost.removeClassName("error");
        if (!ready) {
            summary.setText(getTranslation("wizard.review.incomplete"));
            cost.setText("");
            generate.setEnabled(false);
            return;
        }
        int count = request.get().photoIds().size();
        var capabilities = Objects.requireNonNull(provider).capabilities();
        summary.setText(getTranslation("wizard.review.summary", count, label(capabilities.option(MOTION).orElseThrow(), motion),
                label(capabilities.option(FORMAT).orElseThrow(), format.getValue()),
                label(capabilities.option(DURATION).orElseThrow(), duration.getValue())));
        var quote = generations.quote(request.get()).orElseThrow();
        cost.setText(costText(quote));
        // the member may still go on: a vendor on the same network can reach us
        unreachable.setText(quote.unreachable() ? getTranslation("wizard.unreachable") : "");
        unreachable.setVisible(quote.unreachable());
        if (!quote.affordable()) {
            cost.addClassName("error");
        }
        generate.setEnabled(quote.affordable());
    }

    private String costText(Quote quote) {
        var currency = getTranslation(quote.currency().labelKey(), quote.cost());
        if (quote.cost() == 0) {
            return getTranslation("wizard.cost.free", quote.generations());
        }
        if (!quote.affordable()) {
            return getTranslation("wizard.cost.short", quote.cost(), currency, quote.available());
        }
        return getTranslation("wizard.cost.spend", quote.generations(), quote.cost(), currency, quote.after());
    }

    private Optional<GenerationRequest> request() {
        if (chosenProject == null || provider == null || format.getValue() == null || duration.getValue() == null) {
            return Optional.empty();
        }
        var ordered = new ArrayList<UUID>();
        chosenProject.photos().stream().map(PhotoSummary::id).filter(chosenPhotos::contains).forEach(ordered::add);
        Map<String, String> options = new LinkedHashMap<>();
        options.put(MOTION, motion);
        options.put(FORMAT, format.getValue());
        options.put(DURATION, duration.getValue());
        return Optional.of(new GenerationRequest(chosenProject.project().id(), ordered, provider.id(),
                GenerationKind.CAMERA_MOTION, options));
    }

    private void submit() {
        var request = request();
        if (request.isEmpty()) {
            generate.setEnabled(false);
            return;
        }
        switch (generations.submit(request.get())) {
            case SubmitResult.Accepted accepted -> {
                Notification.show(getTranslation("wizard.submitted", accepted.generationIds().size()), 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(ProjectView.class,
                        new RouteParameters(ProjectView.PROJECT, request.get().projectId().toString())));
            }
            case SubmitResult.NotEnoughCredits refused -> {
                cost.setText(getTranslation("wizard.cost.short", refused.needed(),
                        getTranslation(refused.currency().labelKey(), refused.needed()), refused.available()));
                cost.addClassName("error");
                generate.setEnabled(false);
            }
            case SubmitResult.Invalid invalid -> {
                cost.setText(invalid.problems().values().stream().map(this::getTranslation).distinct()
                        .reduce((first, second) -> first + " " + second).orElse(""));
                cost.addClassName("error");
                generate.setEnabled(true);
            }
        }
    }

    private String label(OptionSpec option, String value) {
        return option.choice(value).map(choice -> getTranslation(choice.labelKey())).orElse(value);
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
