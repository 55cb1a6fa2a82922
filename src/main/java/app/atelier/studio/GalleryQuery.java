package app.atelier.studio;

import app.atelier.generation.GenerationState;
import app.atelier.generation.Verdict;
import app.atelier.provider.GenerationKind;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * What a member looks for in the gallery. Words match a project's name, listing reference or address,
 * or the description of one of its generations (every word must match, case and accents aside). The other
 * filters keep the projects with at least one generation that passes all of them: of one of these
 * kinds, in one of these states, by one of these providers, asked for by one of these members, with one of these verdicts, on a
 * day between {@code from} and {@code to} (both included, UTC). Empty sets do not filter.
 */
public record GalleryQuery(String text, Set<GenerationKind> kinds, Set<GenerationState> states, Set<String> providers,
                           Set<UUID> members, Set<Verdict> reviews, @Nullable LocalDate from, @Nullable LocalDate to, GallerySort sort) {

    /** Words are looked for at most this long, and at most this many of them. */
    public static final int MAX_TEXT = 200;
    static final int MAX_WORDS = 8;

    public GalleryQuery {
        text = text.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        kinds = Set.copyOf(kinds);
        states = Set.copyOf(states);
        providers = Set.copyOf(providers);
        members = Set.copyOf(members);
        reviews = Set.copyOf(reviews);
    }

    /** Every project, most recent activity first. */
    public static GalleryQuery everything() {
        return new GalleryQuery("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, GallerySort.ACTIVITY);
    }

    /** The words looked for, lower-cased, at most {@value #MAX_WORDS}. */
    public List<String> words() {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).filter(word -> !word.isEmpty())
                .distinct().limit(MAX_WORDS).toList();
    }

    /** Whether a project must have a generation that passes the filters. */
    public boolean filtersGenerations() {
        return !kinds.isEmpty() || !states.isEmpty() || !providers.isEmpty() || !members.isEmpty() || !reviews.isEmpty() || from != null || to != null;
    }

    public GalleryQuery sortedBy(GallerySort order) {
        return new GalleryQuery(text, kinds, states, providers, members, reviews, from, to, order);
    }
}
