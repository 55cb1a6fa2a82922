package app.atelier.generation.internal;

import app.atelier.generation.GenerationResult;
import app.atelier.provider.ResultType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The files each generation produced, in our storage. */
@Component
public class ResultRows {

    private final JdbcClient jdbc;

    ResultRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(UUID generationId, int position, GenerationResult result, Instant at) {
        jdbc.sql("""
                        INSERT INTO generation_result (id, generation_id, position, type, asset_id, poster_asset_id, width,
                                                       height, duration_ms, byte_size, has_sound, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), generationId, position, result.type().name(), result.asset(), result.poster(),
                        result.width(), result.height(), result.duration() == null ? null : result.duration().toMillis(),
                        result.bytes(), result.sound(), OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    public Map<UUID, List<GenerationResult>> of(Collection<UUID> generations) {
        var results = new HashMap<UUID, List<GenerationResult>>();
        if (generations.isEmpty()) {
            return results;
        }
        jdbc.sql("""
                        SELECT generation_id, type, asset_id, poster_asset_id, width, height, duration_ms, byte_size, has_sound
                        FROM generation_result WHERE generation_id IN (:generations) ORDER BY generation_id, position""")
                .param("generations", generations)
                .query((rs, row) -> {
                    long millis = rs.getLong("duration_ms");
                    @Nullable Duration duration = rs.wasNull() ? null : Duration.ofMillis(millis);
                    boolean hasSound = rs.getBoolean("has_sound");
                    @Nullable Boolean sound = rs.wasNull() ? null : hasSound;
                    results.computeIfAbsent(rs.getObject("generation_id", UUID.class), id -> new ArrayList<>())
                            .add(new GenerationResult(rs.getObject("asset_id", UUID.class),
                                    rs.getObject("poster_asset_id", UUID.class), ResultType.valueOf(rs.getString("type")),
                                    rs.getInt("width"), rs.getInt("height"), duration, rs.getLong("byte_size"), sound));
                    return row;
                })
                .list();
        return results;
    }
}
