package app.atelier.generation.internal;

import app.atelier.project.ProjectHolder;
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
    public boolean underWay(UUID team, UUID project) {
        return removals.generationsOf(team, project).containsValue(false);
    }

    @Override
    public List<UUID> remove(UUID team, UUID project) {
        return removals.remove(team, removals.generationsOf(team, project).keySet());
    }

    @Override
    public String words(UUID project) {
        return text.ofProject(project);
    }
}
