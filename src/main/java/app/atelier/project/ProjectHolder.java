package app.atelier.project;

import app.atelier.shared.ProjectId;
import app.atelier.shared.TeamId;

import java.util.List;
import java.util.UUID;

/**
 * A module that keeps things in projects (generations, share links): asked whether a project can be
 * deleted, told to let go of what it keeps there when it is, and asked for the words the gallery's
 * search finds the project by. The project module knows no such module; each implements this.
 */
public interface ProjectHolder {

    /** Whether something it keeps in the project is still under way (the project cannot be deleted yet). */
    default boolean underWay(TeamId team, ProjectId project) {
        return false;
    }

    /**
     * Deletes what it keeps in the project, in the transaction that deletes the project.
     *
     * @return the stored files only that used, for the media library to delete once the rows are gone
     */
    List<UUID> remove(TeamId team, ProjectId project);

    /** The folded words of what it keeps in the project (a generation's prompt, its options), for the search. */
    default String words(ProjectId project) {
        return "";
    }
}
