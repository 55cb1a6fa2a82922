package app.atelier.studio.ui;

import app.atelier.generation.GenerationState;
import app.atelier.generation.Verdict;
import app.atelier.provider.GenerationKind;
import app.atelier.shared.Ids;
import app.atelier.studio.GalleryQuery;
import app.atelier.studio.GallerySort;
import com.vaadin.flow.router.QueryParameters;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The gallery's address: what it shows is said in it ("?q=megeve&kind=exterior&view=results"), so
 * that a search can be bookmarked, shared and gone back to.
 */
final class GalleryAddress {

    static final String TEXT = "q";
    static final String SORT = "sort";
    static final String KIND = "kind";
    static final String STATE = "state";
    static final String PROVIDER = "provider";
    static final String MEMBER = "member";
    static final String REVIEW = "review";
    /** Which list: the projects (by default) or {@link #RESULTS}. */
    static final String VIEW = "view";
    static final String RESULTS = "results";
    static final String FROM = "from";
    static final String TO = "to";

    private GalleryAddress() {
    }

    /** A query from the address; what it cannot read is left out. */
    static GalleryQuery fromAddress(QueryParameters parameters) {
        var values = parameters.getParameters();
        Function<String, List<String>> all = key -> values.getOrDefault(key, List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split(","))).filter(value -> !value.isBlank()).toList();
        var order = all.apply(SORT).stream().findFirst()
                .flatMap(value -> Arrays.stream(GallerySort.values()).filter(known -> known.name().equalsIgnoreCase(value)).findFirst())
                .orElse(GallerySort.ACTIVITY);
        return new GalleryQuery(String.join(" ", all.apply(TEXT)), enums(all.apply(KIND), GenerationKind.class),
                enums(all.apply(STATE), GenerationState.class), new HashSet<>(all.apply(PROVIDER)),
                all.apply(MEMBER).stream().map(Ids::parse).flatMap(Optional::stream).collect(Collectors.toSet()),
                enums(all.apply(REVIEW), Verdict.class),
                date(all.apply(FROM)), date(all.apply(TO)), order);
    }

    /** The address of a query: only what filters, in lower case where it is a word. */
    static QueryParameters toAddress(GalleryQuery wanted) {
        var parameters = new LinkedHashMap<String, List<String>>();
        if (!wanted.text().isEmpty()) {
            parameters.put(TEXT, List.of(wanted.text()));
        }
        if (wanted.sort() != GallerySort.ACTIVITY) {
            parameters.put(SORT, List.of(wanted.sort().name().toLowerCase(Locale.ROOT)));
        }
        put(parameters, KIND, wanted.kinds().stream().map(kind -> kind.name().toLowerCase(Locale.ROOT)));
        put(parameters, STATE, wanted.states().stream().map(state -> state.name().toLowerCase(Locale.ROOT)));
        put(parameters, PROVIDER, wanted.providers().stream());
        put(parameters, MEMBER, wanted.members().stream().map(UUID::toString));
        put(parameters, REVIEW, wanted.reviews().stream().map(verdict -> verdict.name().toLowerCase(Locale.ROOT)));
        if (wanted.from() != null) {
            parameters.put(FROM, List.of(wanted.from().toString()));
        }
        if (wanted.to() != null) {
            parameters.put(TO, List.of(wanted.to().toString()));
        }
        return new QueryParameters(parameters);
    }

    private static void put(Map<String, List<String>> parameters, String key, Stream<String> values) {
        var sorted = values.sorted().toList();
        if (!sorted.isEmpty()) {
            parameters.put(key, List.of(String.join(",", sorted)));
        }
    }

    private static <E extends Enum<E>> Set<E> enums(List<String> values, Class<E> type) {
        var found = EnumSet.noneOf(type);
        for (var value : values) {
            Arrays.stream(type.getEnumConstants()).filter(known -> known.name().equalsIgnoreCase(value)).forEach(found::add);
        }
        return found;
    }

    private static @Nullable LocalDate date(List<String> values) {
        try {
            return values.isEmpty() ? null : LocalDate.parse(values.getFirst());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
