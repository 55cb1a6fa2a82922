package app.atelier.generation;

import app.atelier.generation.internal.ResultRows;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The stored results of generations, for a reader that has already checked its right to them (a
 * share link opened without signing in). Members see results through {@link Generations}.
 */
@Component
public class ResultFiles {

    private final ResultRows results;

    ResultFiles(ResultRows results) {
        this.results = results;
    }

    /** Each generation's results in their order; a generation without any is missing. */
    @Transactional(readOnly = true)
    public Map<UUID, List<GenerationResult>> of(Collection<UUID> generations) {
        return results.of(generations);
    }
}
