package app.atelier.generation;

import app.atelier.shared.GenerationId;
import app.atelier.shared.TeamId;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A module that keeps things about generations (a share link's items, labelled copies of their
 * results): told to let go of them when generations are deleted, in the same transaction. The
 * generation module knows no such module; each implements this.
 */
public interface GenerationHolder {

    /**
     * @param generations the team's generations being deleted
     * @param resultFiles the stored files of their results
     * @return the stored files only what it let go of used, for the media library to delete once the rows are gone
     */
    List<UUID> letGo(TeamId team, Collection<GenerationId> generations, Collection<UUID> resultFiles);
}
