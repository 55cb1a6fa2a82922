package app.atelier.generation.internal;

import app.atelier.project.ProjectHolder;
import app.atelier.shared.ProjectId;
import app.atelier.shared.TeamId;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/** The generations a project holds: a project with one under way cannot be deleted; its prompts find it. */
@Component
@Order(1)
class GenerationsInProjects implements ProjectHolder {

    private final Removals removals;
    private final GenerationText text;

    GenerationsInProjects(Removals removals, GenerationText text) {
        this.removals = removals;
        this.text = text;
    }

    @Override
    public boolean underWay(TeamId team, ProjectId project) {
        return removals.generationsOf(team.value(), project.value()).containsValue(false);
    }

    @Override
    public List<UUID> remove(TeamId team, ProjectId project) {
        return removals.remove(team.value(), removals.generationsOf(team.value(), project.value()).keySet());
    }

    @Override
    public String words(ProjectId project) {
        return text.ofProject(project.value());
    }
}
