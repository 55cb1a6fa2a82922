package app.atelier.studio.ui;

import app.atelier.generation.GenerationSummary;
import app.atelier.shared.GenerationId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The order a project's results are read in: each variation or extension under what it continues. */
final class Families {

    private Families() {
    }

    /**
     * How many of {@code ordered} to show for {@code limit}: never a variation cut from the one it
     * continues, so a family is shown whole or not at all past the limit.
     */
    static int shownCount(List<GenerationSummary> ordered, int limit) {
        int count = Math.min(limit, ordered.size());
        var ids = ordered.stream().map(GenerationSummary::id).collect(Collectors.toSet());
        while (count < ordered.size() && ordered.get(count).continues() != null && ids.contains(ordered.get(count).continues())) {
            count++;
        }
        return count;
    }

    /**
     * Newest first, but a variation or an extension right after the generation it continues (its
     * own oldest first), so that each one is read under its parent.
     */
    static List<GenerationSummary> inFamilies(List<GenerationSummary> newestFirst) {
        var ids = newestFirst.stream().map(GenerationSummary::id).collect(Collectors.toSet());
        var children = new HashMap<GenerationId, List<GenerationSummary>>();
        newestFirst.reversed().stream().filter(generation -> generation.continues() != null && ids.contains(generation.continues()))
                .forEach(child -> children.computeIfAbsent(child.continues(), key -> new ArrayList<>()).add(child));
        var ordered = new ArrayList<GenerationSummary>();
        newestFirst.stream().filter(generation -> generation.continues() == null || !ids.contains(generation.continues()))
                .forEach(root -> addFamily(root, children, ordered));
        return ordered;
    }

    private static void addFamily(GenerationSummary parent, Map<GenerationId, List<GenerationSummary>> children,
                                  List<GenerationSummary> ordered) {
        ordered.add(parent);
        children.getOrDefault(parent.id(), List.of()).forEach(child -> addFamily(child, children, ordered));
    }
}
