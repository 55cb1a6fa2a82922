package app.atelier.film.internal;

import app.atelier.film.BrandKit;
import app.atelier.film.MusicTrack;
import app.atelier.render.BrandFont;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The teams' brand kits and music libraries as stored, read and written without asking who asks (callers check). */
@Component
public class BrandRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    BrandRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public BrandKit of(UUID team) {
        return jdbc.sql("""
                        SELECT font, main_colour, accent_colour, logo_asset_id, agent_name, agent_phone, agent_email, agency
                        FROM film_brand WHERE team_id = ?""")
                .param(team)
                .query((row, n) -> new BrandKit(font(row.getString(1)), row.getString(2), row.getString(3),
                        row.getObject(4, UUID.class), row.getString(5), row.getString(6), row.getString(7), row.getString(8)))
                .optional().orElse(BrandKit.standard());
    }

    @Transactional
    public void save(UUID team, BrandKit kit) {
        var now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        int updated = jdbc.sql("""
                        UPDATE film_brand SET font = ?, main_colour = ?, accent_colour = ?, logo_asset_id = ?, agent_name = ?,
                            agent_phone = ?, agent_email = ?, agency = ?, updated_at = ? WHERE team_id = ?""")
                .params(kit.font().name(), kit.mainColour(), kit.accentColour(), kit.logo(), kit.agentName(), kit.agentPhone(),
                        kit.agentEmail(), kit.agency(), now, team)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO film_brand (team_id, font, main_colour, accent_colour, logo_asset_id, agent_name, agent_phone,
                                                    agent_email, agency, updated_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(team, kit.font().name(), kit.mainColour(), kit.accentColour(), kit.logo(), kit.agentName(),
                            kit.agentPhone(), kit.agentEmail(), kit.agency(), now)
                    .update();
        }
    }

    @Transactional(readOnly = true)
    public List<MusicTrack> music(UUID team) {
        return jdbc.sql("SELECT id, name, duration_ms FROM film_music WHERE team_id = ? ORDER BY created_at")
                .param(team)
                .query((row, n) -> new MusicTrack(row.getObject(1, UUID.class), row.getString(2), Duration.ofMillis(row.getLong(3))))
                .list();
    }

    /** The stored file of a track of the team's, if it is still in the library. */
    @Transactional(readOnly = true)
    public Optional<UUID> musicFile(UUID team, UUID track) {
        return jdbc.sql("SELECT asset_id FROM film_music WHERE id = ? AND team_id = ?").params(track, team)
                .query(UUID.class).optional();
    }

    @Transactional
    public UUID addMusic(UUID team, UUID member, String name, UUID asset, Duration length) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO film_music (id, team_id, name, asset_id, duration_ms, created_at, created_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, team, name, asset, length.toMillis(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                        member)
                .update();
        return id;
    }

    @Transactional
    public boolean removeMusic(UUID team, UUID track) {
        return jdbc.sql("DELETE FROM film_music WHERE id = ? AND team_id = ?").params(track, team).update() > 0;
    }

    private static BrandFont font(String name) {
        try {
            return BrandFont.valueOf(name);
        } catch (IllegalArgumentException gone) {
            return BrandKit.standard().font();
        }
    }
}
