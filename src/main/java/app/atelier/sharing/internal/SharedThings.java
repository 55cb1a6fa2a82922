package app.atelier.sharing.internal;

import app.atelier.generation.GenerationHolder;
import app.atelier.project.ProjectHolder;
import app.atelier.shared.GenerationId;
import app.atelier.shared.ProjectId;
import app.atelier.shared.TeamId;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What sharing keeps about a team's projects and results: the links of a deleted project go with it;
 * a deleted generation leaves the links that showed it (a link left with nothing shows nothing), and
 * the labelled copies of its results go with their files.
 */
@Component
@Order(2)
class SharedThings implements ProjectHolder, GenerationHolder {

    private final JdbcClient jdbc;

    SharedThings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UUID> remove(TeamId team, ProjectId project) {
        jdbc.sql("DELETE FROM share_link_item WHERE share_id IN (SELECT id FROM share_link WHERE team_id = ? AND project_id = ?)")
                .params(team.value(), project.value()).update();
        jdbc.sql("DELETE FROM share_link WHERE team_id = ? AND project_id = ?").params(team.value(), project.value()).update();
        return List.of();
    }

    @Override
    public List<UUID> letGo(TeamId team, Collection<GenerationId> generations, Collection<UUID> resultFiles) {
        jdbc.sql("DELETE FROM share_link_item WHERE generation_id IN (:ids)")
                .param("ids", generations.stream().map(GenerationId::value).toList()).update();
        if (resultFiles.isEmpty()) {
            return List.of();
        }
        var params = Map.<String, Object>of("team", team.value(), "sources", List.copyOf(resultFiles));
        var copies = jdbc.sql("SELECT asset_id FROM labelled_copy WHERE team_id = :team AND source_asset_id IN (:sources)")
                .params(params).query(UUID.class).list();
        jdbc.sql("DELETE FROM labelled_copy WHERE team_id = :team AND source_asset_id IN (:sources)").params(params).update();
        return copies;
    }
}
