package app.atelier.film;

import app.atelier.film.internal.BrandRecords;
import app.atelier.film.internal.Film;
import app.atelier.film.internal.FilmRepository;
import app.atelier.generation.GenerationRequest;
import app.atelier.generation.GenerationRequests;
import app.atelier.generation.GenerationState;
import app.atelier.generation.GenerationSummary;
import app.atelier.generation.Generations;
import app.atelier.generation.SubmitResult;
import app.atelier.media.PhotoSummary;
import app.atelier.project.Projects;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.Providers;
import app.atelier.provider.ResultType;
import app.atelier.render.FilmPlan;
import app.atelier.render.FilmScene;
import app.atelier.render.Motion;
import app.atelier.render.Transition;
import app.atelier.render.VideoFormat;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.GenerationId;
import app.atelier.shared.Language;
import app.atelier.shared.ProjectId;
import app.atelier.sharing.AiLabel;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project's listing film: its storyboard, saved as the member edits it and seen by the team, and
 * the films made from it. A film is made by the local engine (no vendor, no credit) as a generation
 * of kind FILM: the gallery, reviews, shares and downloads take it as they take any result.
 */
@Service
public class Films {

    /** The provider that makes films, and the options it takes. */
    public static final String PROVIDER = Providers.FILM;
    public static final String FILM_OPTION = "film";
    public static final String FORMAT_OPTION = "format";
    public static final String LANGUAGE_OPTION = "language";
    /** How long the cards show. */
    public static final Duration OPENING = Duration.ofSeconds(3);
    public static final Duration CLOSING = Duration.ofSeconds(6);

    private static final Motion[] FIRST_MOTIONS = {Motion.ZOOM_IN, Motion.PAN_RIGHT, Motion.ZOOM_OUT, Motion.PAN_LEFT};

    private final FilmRepository films;
    private final BrandRecords brands;
    private final Projects projects;
    private final Generations generations;
    private final GenerationRequests requests;
    private final CurrentMember currentMember;
    private final JsonMapper json;

    Films(FilmRepository films, BrandRecords brands, Projects projects, Generations generations, GenerationRequests requests,
          CurrentMember currentMember, JsonMapper json) {
        this.films = films;
        this.brands = brands;
        this.projects = projects;
        this.generations = generations;
        this.requests = requests;
        this.currentMember = currentMember;
        this.json = json;
    }

    /** The project's storyboard as saved, or a first one made of its photos; none for another team's project. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Storyboard> storyboard(ProjectId project) {
        var team = currentMember.require().teamId();
        var details = projects.find(project);
        if (details.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(films.findByProjectIdAndTeamId(project.value(), team)
                .map(film -> json.readValue(film.storyboard(), Storyboard.class))
                .orElseGet(() -> first(details.get().project().name(), details.get().project().address(),
                        details.get().project().listingReference(), details.get().photos())));
    }

    /** A first storyboard: every photo for four seconds, motions in turn, cross-fades, the project's name. */
    private static Storyboard first(String name, @Nullable String address, @Nullable String reference,
                                    List<PhotoSummary> photos) {
        var shots = new ArrayList<Storyboard.Shot>();
        for (int i = 0; i < Math.min(photos.size(), Storyboard.MOST_SHOTS); i++) {
            shots.add(Storyboard.Shot.photo(photos.get(i).id(), FIRST_MOTIONS[i % FIRST_MOTIONS.length], 4000));
        }
        String town = address == null || address.isBlank() ? null
                : address.substring(address.lastIndexOf(',') + 1).strip();
        return new Storyboard(VideoFormat.LANDSCAPE_HD, Transition.Kind.CROSS_FADE, 600, shots,
                new Storyboard.Opening(name, town, null, null, null, null),
                new Storyboard.Closing(null, null, null, null, reference, null, null, null, null, null,
                        Storyboard.FeesPaidBy.SELLER, null), null);
    }

    /**
     * Saves the storyboard as it is now, when every part of it holds: the shots are photos and finished
     * videos of the project, lengths and texts within their bounds.
     *
     * @return what is wrong (a part's name to an i18n key), nothing when saved
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    @Transactional
    public Map<String, String> save(ProjectId project, Storyboard storyboard) {
        var team = currentMember.require().teamId();
        var details = projects.find(project);
        if (details.isEmpty()) {
            return Map.of("project", "film.error.no-project");
        }
        var made = generations.ofProject(project);
        var problems = problems(details.get().photos(), made, storyboard);
        if (storyboard.music() != null && brands.musicFile(team, storyboard.music()).isEmpty()) {
            problems.put("music", "film.error.music-gone");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        // whether an AI made a video is its generation's, whoever says otherwise
        var aiMade = new java.util.HashMap<java.util.UUID, Boolean>();
        made.forEach(video -> aiMade.put(video.id().value(), madeByAi(video.providerId())));
        storyboard = storyboard.withShots(storyboard.shots().stream().map(shot -> shot.madeByAi(
                shot.kind() == Storyboard.Kind.VIDEO && aiMade.getOrDefault(shot.source(), false))).toList());
        var text = json.writeValueAsString(storyboard);
        films.findByProjectIdAndTeamId(project.value(), team).ifPresentOrElse(film -> film.storyboard(text),
                () -> films.save(new Film(team, project.value(), text)));
        return Map.of();
    }

    /** Whether a generation can be a shot of a film: a finished video (a film is not a shot of another). */
    public static boolean filmable(GenerationSummary made) {
        return made.state() == GenerationState.SUCCEEDED && made.kind() != GenerationKind.FILM
                && made.shownResult().filter(result -> result.type() == ResultType.VIDEO).isPresent();
    }

    private Map<String, String> problems(List<PhotoSummary> photos, List<GenerationSummary> made, Storyboard storyboard) {
        var problems = new LinkedHashMap<String, String>();
        if (!FilmPlan.FORMATS.contains(storyboard.format())) {
            problems.put("format", "film.error.format");
        }
        if (storyboard.transition() != Transition.Kind.CUT
                && (storyboard.transitionMillis() < Transition.SHORTEST.toMillis()
                || storyboard.transitionMillis() > Transition.LONGEST.toMillis())) {
            problems.put("transition", "film.error.transition");
        }
        if (storyboard.shots().isEmpty()) {
            problems.put("shots", "film.error.no-shot");
        } else if (storyboard.shots().size() > Storyboard.MOST_SHOTS) {
            problems.put("shots", "film.error.too-many-shots");
        }
        var inProject = new HashSet<>(photos.stream().map(PhotoSummary::id).toList());
        var videos = new HashSet<>(made.stream().filter(Films::filmable).map(GenerationSummary::id).toList());
        for (int i = 0; i < storyboard.shots().size(); i++) {
            var shot = storyboard.shots().get(i);
            var at = "shots." + i;
            boolean found = shot.kind() == Storyboard.Kind.PHOTO ? inProject.contains(shot.source())
                    : videos.contains(GenerationId.of(shot.source()));
            if (!found) {
                problems.put(at, "film.error.shot-gone");
            } else if (shot.kind() == Storyboard.Kind.PHOTO
                    && (shot.millis() < Storyboard.SHORTEST_PHOTO || shot.millis() > Storyboard.LONGEST_PHOTO)) {
                problems.put(at, "film.error.photo-length");
            } else if (shot.kind() == Storyboard.Kind.VIDEO && (shot.fromMillis() < 0 || shot.toMillis() - shot.fromMillis() < 500)) {
                problems.put(at, "film.error.trim");
            } else if (shot.caption() != null && shot.caption().length() > Storyboard.LONGEST_CAPTION) {
                problems.put(at, "film.error.caption");
            } else if (shot.focusX() < 0 || shot.focusX() > 1 || shot.focusY() < 0 || shot.focusY() > 1) {
                problems.put(at, "film.error.focus");
            }
        }
        var opening = storyboard.opening();
        var closing = storyboard.closing();
        for (var text : new String[]{opening.title(), opening.town(), closing.agentName(), closing.agentPhone(),
                closing.agentEmail(), closing.agency(), closing.reference()}) {
            if (text != null && text.length() > Storyboard.LONGEST_FIELD) {
                problems.put("cards", "film.error.field");
            }
        }
        if (negative(opening.price()) || negative(closing.priceBeforeFees()) || negative(opening.surface())
                || negative(opening.rooms()) || negative(opening.bedrooms()) || negative(closing.energyCostLow())
                || negative(closing.energyCostHigh())) {
            problems.put("cards", "film.error.number");
        }
        if (closing.energyCostLow() != null && closing.energyCostHigh() != null
                && closing.energyCostLow() > closing.energyCostHigh()) {
            problems.put("energy", "film.error.energy-cost");
        }
        if (closing.feesPaidBy() == Storyboard.FeesPaidBy.BUYER && closing.priceBeforeFees() != null
                && opening.price() != null && closing.priceBeforeFees() > opening.price()) {
            problems.put("price", "film.error.fees");
        }
        return problems;
    }

    private static boolean negative(@Nullable Number value) {
        return value != null && value.longValue() < 0;
    }

    /**
     * Makes the film from the saved storyboard in {@code format}: a generation of kind FILM, under way
     * at once, with the others of the project.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
    @Transactional
    public SubmitResult make(ProjectId project, VideoFormat format, Language language) {
        var team = currentMember.require().teamId();
        var film = films.findByProjectIdAndTeamId(project.value(), team);
        if (film.isEmpty()) {
            return new SubmitResult.Invalid(Map.of("film", "film.error.not-saved"));
        }
        var storyboard = json.readValue(film.get().storyboard(), Storyboard.class);
        var shown = storyboard.shots().isEmpty() ? Optional.<java.util.UUID>empty() : Optional.of(storyboard.shots().getFirst())
                .map(shot -> shot.kind() == Storyboard.Kind.PHOTO ? shot.source()
                        : generations.find(GenerationId.of(shot.source())).map(made -> made.photoId()).orElse(null));
        if (shown.isEmpty()) {
            return new SubmitResult.Invalid(Map.of("shots", "film.error.no-shot"));
        }
        return requests.submit(new GenerationRequest(project, List.of(shown.get()), PROVIDER, GenerationKind.FILM,
                Map.of(FILM_OPTION, film.get().id().toString(), FORMAT_OPTION, format.name(), LANGUAGE_OPTION, language.code())));
    }

    /** Whether an AI made the video of a generation by this provider (it then carries the mention in a film). */
    public static boolean madeByAi(String providerId) {
        return AiLabel.byDefault(providerId);
    }

    /** How long the film lasts: its cards, its shots, less what transitions overlap. */
    public static Duration length(Storyboard storyboard) {
        return length(storyboard, BrandKit.standard());
    }

    /** How long the film lasts with the team's kit (whose default agent may call for the closing card). */
    public static Duration length(Storyboard storyboard, BrandKit kit) {
        var blank = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        var scenes = new ArrayList<FilmScene>();
        if (storyboard.opens()) {
            scenes.add(new FilmScene.Still(blank, OPENING, List.of()));
        }
        storyboard.shots().forEach(shot -> scenes.add(new FilmScene.Still(blank, shot.length(), List.of())));
        if (storyboard.closes(kit)) {
            scenes.add(new FilmScene.Still(blank, CLOSING, List.of()));
        }
        if (scenes.isEmpty()) {
            return Duration.ZERO;
        }
        var transition = storyboard.transition() == Transition.Kind.CUT ? Transition.CUT
                : new Transition(storyboard.transition(), Duration.ofMillis(Math.max(300, Math.min(1500, storyboard.transitionMillis()))));
        return new FilmPlan(FilmPlan.FORMATS.contains(storyboard.format()) ? storyboard.format() : VideoFormat.LANDSCAPE_HD,
                scenes, transition, null).length();
    }
}
