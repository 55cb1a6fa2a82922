package app.atelier.generation.internal;

import app.atelier.generation.GenerationHolder;
import app.atelier.generation.GenerationState;
import app.atelier.shared.GenerationId;
import app.atelier.shared.Ids;
import app.atelier.shared.TeamId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Removes generations for good (the credit ledger keeps its entries: they name the generation, they do
 * not depend on it): what continued or retried them stands on its own afterwards, their result rows
 * go, and the files they leave behind are said, for the media library to delete.
 */
@Component
public class Removals {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ObjectProvider<GenerationHolder> holders;

    Removals(JdbcClient jdbc, JsonMapper json, ObjectProvider<GenerationHolder> holders) {
        this.jdbc = jdbc;
        this.json = json;
        this.holders = holders;
    }

    /** The project's generations, and whether each has ended. */
    public Map<UUID, Boolean> generationsOf(UUID team, UUID project) {
        var found = new LinkedHashMap<UUID, Boolean>();
        jdbc.sql("SELECT id, state FROM generation WHERE team_id = ? AND project_id = ?").params(team, project)
                .query((rs, row) -> found.put(rs.getObject(1, UUID.class),
                        GenerationState.valueOf(rs.getString(2)).terminal()))
                .list();
        return found;
    }

    /** Deletes these generations of the team; the stored files only they used (results, posters, masks). */
    public List<UUID> remove(UUID team, Collection<UUID> generations) {
        if (generations.isEmpty()) {
            return List.of();
        }
        var ids = List.copyOf(generations);
        var params = Map.<String, Object>of("team", team, "ids", ids);
        var files = new ArrayList<UUID>();
        jdbc.sql("""
                        SELECT r.asset_id, r.poster_asset_id FROM generation_result r JOIN generation g ON g.id = r.generation_id
                        WHERE g.team_id = :team AND g.id IN (:ids)""")
                .params(params)
                .query((rs, row) -> {
                    files.add(rs.getObject(1, UUID.class));
                    var poster = rs.getObject(2, UUID.class);
                    if (poster != null) {
                        files.add(poster);
                    }
                    return null;
                }).list();
        var masks = jdbc.sql("SELECT options FROM generation WHERE team_id = :team AND id IN (:ids)").params(params)
                .query(String.class).list().stream()
                .map(options -> json.readTree(options).path("mask").asString(""))
                .flatMap(mask -> Ids.parse(mask).stream())
                .distinct().toList();
        files.addAll(holders.orderedStream().flatMap(holder -> holder.letGo(TeamId.of(team), ids.stream().map(GenerationId::of).toList(), List.copyOf(files)).stream()).toList());
        // reviews and comments go with them
        for (var table : List.of("generation_review", "generation_comment")) {
            jdbc.sql("DELETE FROM " + table + " WHERE generation_id IN (SELECT id FROM generation WHERE team_id = :team AND id IN (:ids))")
                    .params(params).update();
        }
        for (var column : List.of("continues_id", "retry_of_id", "parent_id")) {
            jdbc.sql("UPDATE generation SET " + column + " = NULL WHERE team_id = :team AND " + column + " IN (:ids)")
                    .params(params).update();
        }
        jdbc.sql("DELETE FROM generation_result WHERE generation_id IN (SELECT id FROM generation WHERE team_id = :team AND id IN (:ids))")
                .params(params).update();
        jdbc.sql("DELETE FROM generation WHERE team_id = :team AND id IN (:ids)").params(params).update();
        for (var mask : masks) {
            // a variation with the same zone shares its parent's mask
            long stillUsed = jdbc.sql("SELECT COUNT(*) FROM generation WHERE team_id = :team AND options LIKE :mask")
                    .params(Map.of("team", team, "mask", "%" + mask + "%")).query(Long.class).single();
            if (stillUsed == 0) {
                files.add(mask);
            }
        }
        return files;
    }
}
