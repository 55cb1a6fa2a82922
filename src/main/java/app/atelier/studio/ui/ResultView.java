package app.atelier.studio.ui;

import app.atelier.generation.GenerationResult;
import app.atelier.generation.GenerationSummary;
import app.atelier.generation.Generations;
import app.atelier.generation.Reviews;
import app.atelier.media.MediaLibrary;
import app.atelier.project.ProjectDetails;
import app.atelier.project.Projects;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.ResultType;
import app.atelier.sharing.AiLabel;
import app.atelier.sharing.Downloads;
import app.atelier.shared.GenerationId;
import app.atelier.shared.Ids;
import app.atelier.shared.ProjectId;
import app.atelier.ui.BeforeAfter;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A project's finished results one at a time, as large as the window allows at their true shape (an
 * exterior over its photo, with the divider): previous and next with the arrow keys, the buttons or a
 * swipe; the review and all about the result beside it; Escape or the close button back to the
 * project. Each result has its own address, so a teammate can be sent to it.
 */
@Route(value = "projects/:" + ProjectView.PROJECT + "/results/:" + ResultView.GENERATION, autoLayout = false)
@PermitAll
public class ResultView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String GENERATION = "generationId";

    private final Projects projects;
    private final Generations generations;
    private final Reviews reviews;
    private final Downloads downloads;
    private final ViewerStage stage;
    final Div side = new Div();
    private @Nullable ProjectDetails details;
    private List<GenerationSummary> results = List.of();
    private int index;

    ResultView(Projects projects, Generations generations, Reviews reviews, Downloads downloads) {
        this.projects = projects;
        this.generations = generations;
        this.reviews = reviews;
        this.downloads = downloads;
        this.stage = new ViewerStage(this::step, this::close);
        addClassName("result-viewer");
        side.addClassName("viewer-side");
        add(stage, side);
        addAttachListener(attach -> stage.listen());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getRouteParameters();
        var project = parameters.get(ProjectView.PROJECT).flatMap(Ids::parse).map(ProjectId::of).flatMap(projects::find);
        var wanted = parameters.get(GENERATION).flatMap(Ids::parse).map(GenerationId::of);
        if (project.isEmpty() || wanted.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        details = project.get();
        results = viewable(generations.ofProject(project.get().project().id()));
        index = indexOf(wanted.get());
        if (index < 0) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    /** The project page's finished results, in its order: a variation right after what it continues. */
    static List<GenerationSummary> viewable(List<GenerationSummary> newestFirst) {
        return Families.inFamilies(newestFirst).stream().filter(generation -> generation.shownResult().isPresent()).toList();
    }

    private int indexOf(GenerationId id) {
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The result {@code by} places away (−1 the previous), if there is one: the address follows without a new history entry. */
    @ClientCallable
    void step(int by) {
        int wanted = index + by;
        if (wanted < 0 || wanted >= results.size() || by == 0) {
            return;
        }
        index = wanted;
        show();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, address(current())));
    }

    /** Back to the project's page. */
    @ClientCallable
    void close() {
        getUI().ifPresent(ui -> ui.navigate(ProjectView.class,
                new RouteParameters(ProjectView.PROJECT, project().project().id().toString())));
    }

    /** The viewer's address for a result of a project. */
    static String address(GenerationSummary generation) {
        return RouteConfiguration.forApplicationScope().getUrl(ResultView.class, new RouteParameters(Map.of(
                ProjectView.PROJECT, generation.projectId().toString(), GENERATION, generation.id().toString())));
    }

    GenerationSummary current() {
        return results.get(index);
    }

    private void show() {
        var generation = current();
        var result = generation.shownResult().orElseThrow();
        stage.show(media(generation, result), GenerationCard.effect(this, generation),
                getTranslation("viewer.position", index + 1, results.size()), index > 0, index < results.size() - 1);
        side.removeAll();
        var title = new Span(GenerationCard.effect(this, generation));
        title.addClassName("viewer-title");
        var project = new Span(project().project().name());
        project.addClassName("viewer-project");
        var review = new ReviewBar(generation, reviews);
        if (generation.sandbox()) {
            // a simulation, not the vendor's work: said here too
            var sandbox = new Badge(getTranslation("generation.sandbox"));
            sandbox.addClassName("sandbox-chip");
            sandbox.getElement().setAttribute("title", getTranslation("generation.sandbox.hint"));
            side.add(sandbox);
        }
        side.add(title, project, ResultDownload.link(this, getLocale(), downloads, project().project().name(), generation,
                result, AiLabel.byDefault(generation.providerId())), review, ResultFacts.list(this, getLocale(), generation, result));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    /** The result at its shape: a video to play, an exterior over its photo with the divider, or the image. */
    private Component media(GenerationSummary generation, GenerationResult result) {
        var frame = new Div();
        frame.addClassName("viewer-frame");
        frame.getStyle().set("--viewer-w", String.valueOf(Math.max(1, result.width())))
                .set("--viewer-h", String.valueOf(Math.max(1, result.height())));
        if (result.type() == ResultType.VIDEO) {
            var player = CardCover.video(result, GenerationCard.effect(this, generation));
            player.setAttribute("loop", true);
            player.getClassList().add("viewer-media");
            frame.getElement().appendChild(player);
            return frame;
        }
        var made = MediaLibrary.memberUrl(result.asset());
        var before = before(generation);
        if (generation.kind() == GenerationKind.EXTERIOR && before != null) {
            var compare = new BeforeAfter(MediaLibrary.memberUrl(before), made);
            compare.addClassName("viewer-media");
            frame.add(compare);
        } else {
            var image = new Image(made, GenerationCard.effect(this, generation));
            image.addClassName("viewer-media");
            frame.add(image);
        }
        return frame;
    }

    /** The photo an exterior was made from, at full size (its large thumbnail when the photo is no longer in the project). */
    private @Nullable UUID before(GenerationSummary generation) {
        return project().photos().stream().filter(photo -> photo.id().equals(generation.photoId())).findFirst()
                .map(photo -> photo.original()).orElse(generation.photoThumbnail());
    }

    private ProjectDetails project() {
        return Objects.requireNonNull(details);
    }

    @Override
    public String getPageTitle() {
        return results.isEmpty() ? getTranslation("app.name")
                : getTranslation("page.title", GenerationCard.effect(this, current()) + " · " + project().project().name());
    }
}
