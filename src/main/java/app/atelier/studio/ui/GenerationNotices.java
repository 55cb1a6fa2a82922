package app.atelier.studio.ui;

import app.atelier.generation.GenerationChanged;
import app.atelier.generation.GenerationState;
import app.atelier.generation.GenerationSummary;
import app.atelier.generation.Generations;
import app.atelier.project.Projects;
import app.atelier.shared.LiveUpdates;
import app.atelier.shared.ProjectId;
import app.atelier.ui.Live;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import java.time.Duration;
import java.util.UUID;

/**
 * Tells the member, wherever they are in the application, that one of their generations has just
 * finished ("Votre vidéo est prête", with a link to its project) or failed; not on the page of that
 * project, whose card already shows it. Shows nothing itself: it lives in the header to listen.
 */
class GenerationNotices extends Div {

    static final Duration SHOWN_FOR = Duration.ofSeconds(10);

    private final Generations generations;
    private final Projects projects;

    GenerationNotices(Generations generations, Projects projects, LiveUpdates updates, UUID memberId) {
        this.generations = generations;
        this.projects = projects;
        addClassName("generation-notices");
        getElement().setAttribute("hidden", true);
        Live.follow(this, updates, GenerationChanged.class,
                changed -> changed.memberId().equals(memberId)
                        && (changed.state() == GenerationState.SUCCEEDED || changed.state() == GenerationState.FAILED),
                changes -> changes.forEach(this::ended), () -> {
                });
    }

    private void ended(GenerationChanged changed) {
        if (showingProject(changed.projectId())) {
            return;
        }
        generations.find(changed.generationId()).ifPresent(this::notice);
    }

    private boolean showingProject(ProjectId projectId) {
        return getUI().map(ui -> ui.getInternals().getActiveRouterTargetsChain().stream()
                        .anyMatch(target -> target instanceof ProjectView view && projectId.equals(view.shownProject())))
                .orElse(false);
    }

    private void notice(GenerationSummary generation) {
        var project = projects.name(generation.projectId()).orElse("");
        var motion = generation.optionLabels().get(OptionFields.MOTION);
        var what = getTranslation(motion != null ? motion : generation.kind().labelKey());
        boolean ready = generation.state() == GenerationState.SUCCEEDED;
        var text = new Span(ready
                ? getTranslation("generation.notice.ready", what, project)
                : getTranslation("generation.notice.failed", what, project,
                getTranslation(generation.failure() == null ? "generation.failure.unknown" : generation.failure().messageKey())));
        text.addClassName("notice-text");

        var notification = new Notification();
        var open = new RouterLink(getTranslation("generation.notice.open"), ProjectView.class,
                new RouteParameters(ProjectView.PROJECT, generation.projectId().toString()));
        open.addClassName("notice-link");
        open.getElement().addEventListener("click", clicked -> notification.close());
        var close = new Button(new Icon(VaadinIcon.CLOSE_SMALL), clicked -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(getTranslation("generation.notice.close"));
        var content = new Div(new Icon(ready ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.WARNING), text, open, close);
        content.addClassName("generation-notice");
        content.getElement().setAttribute("data-generation", generation.id().toString());
        notification.add(content);
        notification.addThemeVariants(ready ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.BOTTOM_END);
        notification.setDuration((int) SHOWN_FOR.toMillis());
        notification.getElement().setAttribute("role", "status");
        notification.open();
    }
}
