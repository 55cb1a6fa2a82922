package app.atelier.studio.ui;

import app.atelier.account.Role;
import app.atelier.film.BrandKit;
import app.atelier.film.FilmBrands;
import app.atelier.film.Films;
import app.atelier.film.Storyboard;
import app.atelier.generation.GenerationSummary;
import app.atelier.generation.Generations;
import app.atelier.generation.SubmitResult;
import app.atelier.project.ProjectDetails;
import app.atelier.project.Projects;
import app.atelier.render.FilmPlan;
import app.atelier.render.VideoFormat;
import app.atelier.shared.Ids;
import app.atelier.shared.Language;
import app.atelier.shared.ProjectId;
import app.atelier.ui.ViewHeader;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A project's listing film, edited: the shots as a strip (chosen, dragged into their order, moved
 * with the keyboard), the chosen shot's settings, the photos and videos to add, the transition, the
 * two cards' fields, the film's length as it stands, and "Make the film" in the format asked for.
 * Every change is saved at once: a reload, or a teammate, finds the film as it was left.
 */
@Route("projects/:" + ProjectView.PROJECT + "/film")
@RolesAllowed({Role.ADMIN_NAME, Role.MEMBER_NAME})
public class FilmView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Films films;
    private final FilmBrands brands;
    private final Projects projects;
    private final Generations generations;
    final ShotStrip strip = new ShotStrip(this::choose, this::move);
    final ShotEditor editor = new ShotEditor(this::edited, step -> move(this.chosen, this.chosen + step), this::remove);
    final FilmSources sources = new FilmSources(this::add);
    final FilmCardFields cards = new FilmCardFields(this::change, this::storyboard);
    final Select<VideoFormat> format = new Select<>();
    final Paragraph status = new Paragraph();
    final Paragraph total = new Paragraph();
    final Button make = new Button();
    private final Map<UUID, UUID> pictures = new HashMap<>();
    private final Map<UUID, ShotEditor.Video> videoFacts = new HashMap<>();
    private final Map<UUID, UUID> largePictures = new HashMap<>();
    private final Map<UUID, UUID> videoFiles = new HashMap<>();
    private @Nullable ProjectDetails details;
    private @Nullable Storyboard storyboard;
    private BrandKit kit = BrandKit.standard();
    private int chosen;

    FilmView(Films films, FilmBrands brands, Projects projects, Generations generations) {
        this.films = films;
        this.brands = brands;
        this.projects = projects;
        this.generations = generations;
        addClassNames("view", "film-view");
        status.addClassName("film-status");
        status.getElement().setAttribute("aria-live", "polite");
        total.addClassName("film-total");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var project = event.getRouteParameters().get(ProjectView.PROJECT).flatMap(Ids::parse).map(ProjectId::of);
        var found = project.flatMap(projects::find);
        var board = project.flatMap(films::storyboard);
        if (found.isEmpty() || board.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        details = found.get();
        storyboard = board.get();
        kit = brands.mine();
        chosen = 0;
        var videos = videos(details.project().id());
        pictures.clear();
        videoFacts.clear();
        largePictures.clear();
        videoFiles.clear();
        details.photos().forEach(photo -> {
            pictures.put(photo.id(), photo.thumbnailSmall());
            largePictures.put(photo.id(), photo.thumbnailLarge());
        });
        for (var video : videos) {
            var result = video.shownResult().orElseThrow();
            if (result.poster() != null) {
                pictures.put(video.id().value(), result.poster());
            }
            videoFiles.put(video.id().value(), result.asset());
            videoFacts.put(video.id().value(), new ShotEditor.Video(result.duration(), result.poster() == null ? null
                    : new FramingField.Picture(video.id().value(), video.photoName(), result.poster(), result.width(), result.height()),
                    result.sound()));
        }
        removeAll();
        status.setText("");
        add(header(), section("film.shots", strip, total, status),
                twoColumns(section("film.shot.settings", editor), section("film.add", sources)),
                section("film.settings", new FilmSettings(brands.music(), storyboard, this::change, this::storyboard)),
                section("film.cards", cards));
        sources.show(details.photos(), videos);
        cards.fill(storyboard);
        drawShots();
    }

    /** The project's finished videos a film can take (a film is not a shot of another). */
    private List<GenerationSummary> videos(ProjectId project) {
        return generations.ofProject(project).stream().filter(Films::filmable).toList();
    }

    /** The i18n key of a film format's name ("9:16 · 1080 × 1920"). */
    static String formatKey(VideoFormat format) {
        return switch (format) {
            case VERTICAL_HD -> "film.format.VERTICAL_HD";
            case SQUARE -> "film.format.SQUARE";
            case FEED -> "film.format.FEED";
            default -> "film.format.LANDSCAPE_HD";
        };
    }

    private Component header() {
        var project = Objects.requireNonNull(details).project();
        var header = new ViewHeader(getTranslation("film.title", project.name()), getTranslation("film.description"));
        format.setLabel(getTranslation("option.label.format"));
        format.setItems(FilmPlan.FORMATS.stream().toList());
        format.setItemLabelGenerator(value -> getTranslation(formatKey(value)));
        format.setValue(storyboard().format());
        format.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                change(storyboard().withFormat(change.getValue()));
            }
        });
        format.addClassName("film-format");
        make.setText(getTranslation("film.make"));
        make.setIcon(VaadinIcon.FILM.create());
        make.addThemeVariants(ButtonVariant.PRIMARY);
        make.addClassName("make-film");
        make.addClickListener(click -> makeFilm());
        var preview = new Button(getTranslation("film.preview"), VaadinIcon.PLAY.create(), click -> new FilmPreview(storyboard(),
                largePictures, videoFiles, (format.getValue() == null ? storyboard().format() : format.getValue()).aspect()).open());
        preview.addClassName("preview-film");
        var actions = new Div(format, preview, make);
        actions.addClassName("film-make");
        return header.withPrimaryAction(actions);
    }

    private Section section(String titleKey, Component... content) {
        var title = new H2(getTranslation(titleKey));
        title.addClassName("section-title");
        var section = new Section(title);
        section.add(content);
        section.addClassName("film-section");
        return section;
    }

    private Div twoColumns(Component left, Component right) {
        var columns = new Div(left, right);
        columns.addClassName("film-columns");
        return columns;
    }

    private Storyboard storyboard() {
        return Objects.requireNonNull(storyboard);
    }

    /** The film as the member changed it: saved at once, or said why not. */
    private void change(Storyboard next) {
        change(next, true);
    }

    /** @param editorToo whether the chosen shot's settings are drawn again (not while the member types in them) */
    private void change(Storyboard next, boolean editorToo) {
        storyboard = next;
        var problems = films.save(Objects.requireNonNull(details).project().id(), next);
        status.getElement().getClassList().set("error", !problems.isEmpty());
        status.setText(problems.isEmpty() ? getTranslation("film.saved")
                : problems.values().stream().distinct().map(this::getTranslation).collect(Collectors.joining(" ")));
        make.setEnabled(problems.isEmpty());
        drawShots(editorToo);
    }

    private void drawShots() {
        drawShots(true);
    }

    private void drawShots(boolean editorToo) {
        var shots = storyboard().shots();
        chosen = Math.max(0, Math.min(chosen, shots.size() - 1));
        strip.show(shots, chosen, pictures::get);
        var shot = shots.isEmpty() ? null : shots.get(chosen);
        if (editorToo) {
            editor.show(shot, chosen, shots.size(), shot == null ? null : videoFacts.get(shot.source()),
                    storyboard().format().aspect());
        }
        var length = Films.length(storyboard(), kit);
        total.setText(getTranslation("film.total", shots.size(), length.toSeconds() / 60, length.toSeconds() % 60));
    }

    private void choose(int index) {
        if (index >= 0 && index < storyboard().shots().size()) {
            chosen = index;
            drawShots();
            strip.getElement().executeJs("const tile = this.querySelector('[data-index=\"' + $0 + '\"]'); if (tile) tile.focus();",
                    index);
        }
    }

    private void move(int from, int to) {
        var shots = new ArrayList<>(storyboard().shots());
        if (from < 0 || from >= shots.size() || to < 0 || to >= shots.size() || from == to) {
            return;
        }
        shots.add(to, shots.remove(from));
        chosen = to;
        change(storyboard().withShots(shots));
        choose(to);
    }

    private void edited(Storyboard.Shot shot) {
        var shots = new ArrayList<>(storyboard().shots());
        shots.set(chosen, shot);
        change(storyboard().withShots(shots), false);
    }

    private void remove() {
        var shots = new ArrayList<>(storyboard().shots());
        if (!shots.isEmpty()) {
            shots.remove(chosen);
            change(storyboard().withShots(shots));
        }
    }

    private void add(Storyboard.Shot shot) {
        var shots = new ArrayList<>(storyboard().shots());
        shots.add(shot);
        chosen = shots.size() - 1;
        change(storyboard().withShots(shots));
    }

    private void makeFilm() {
        var project = Objects.requireNonNull(details).project().id();
        var wanted = format.getValue() == null ? storyboard().format() : format.getValue();
        switch (films.make(project, wanted, Language.of(getLocale()))) {
            case SubmitResult.Accepted accepted -> {
                Notification.show(getTranslation("film.made"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(ProjectView.class, new RouteParameters(ProjectView.PROJECT, project.toString())));
            }
            case SubmitResult.Invalid invalid -> status.setText(WizardReview.refusalText(this, invalid));
            case SubmitResult.NotEnoughCredits refused -> status.setText(WizardReview.refusalText(this, refused));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", details == null ? getTranslation("film.title.short")
                : getTranslation("film.title", details.project().name()));
    }
}
