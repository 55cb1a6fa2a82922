package app.atelier.studio.ui;

import app.atelier.generation.Generations;
import app.atelier.project.Projects;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.LiveUpdates;
import app.atelier.ui.ShellWidget;
import com.vaadin.flow.component.Component;

/** Puts the listener for "your video is ready" notices in the shell's header. */
@org.springframework.stereotype.Component
class GenerationNoticeWidget implements ShellWidget {

    private final Generations generations;
    private final Projects projects;
    private final LiveUpdates updates;
    private final CurrentMember currentMember;

    GenerationNoticeWidget(Generations generations, Projects projects, LiveUpdates updates, CurrentMember currentMember) {
        this.generations = generations;
        this.projects = projects;
        this.updates = updates;
        this.currentMember = currentMember;
    }

    @Override
    public Component create() {
        return new GenerationNotices(generations, projects, updates, currentMember.require().actorId());
    }
}
