package app.atelier.film.internal;

import app.atelier.film.BrandKit;
import app.atelier.film.Films;
import app.atelier.film.Storyboard;
import app.atelier.generation.ResultFiles;
import app.atelier.media.ImageConstraints;
import app.atelier.media.ImageFormat;
import app.atelier.media.MediaLibrary;
import app.atelier.provider.Capabilities;
import app.atelier.provider.Completion;
import app.atelier.provider.Cost;
import app.atelier.provider.ErrorCode;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.OptionSpec;
import app.atelier.provider.Provider;
import app.atelier.provider.ProviderError;
import app.atelier.provider.ResultFile;
import app.atelier.provider.ResultType;
import app.atelier.provider.SubmitOutcome;
import app.atelier.provider.SubmitRequest;
import app.atelier.provider.WorkStep;
import app.atelier.render.Brand;
import app.atelier.render.FilmCards;
import app.atelier.render.FilmComposer;
import app.atelier.render.FilmPlan;
import app.atelier.render.FilmProgress;
import app.atelier.render.FilmScene;
import app.atelier.render.Framing;
import app.atelier.render.RenderException;
import app.atelier.render.RenderProperties;
import app.atelier.render.Transition;
import app.atelier.render.VideoFormat;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.Ids;
import app.atelier.shared.Language;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * "Atelier — film": makes a project's listing film on this machine from its saved storyboard, in the
 * format asked for. It costs no credit, completes synchronously (the job that submits makes the film,
 * cancellable at any frame), and a film cut short by a restart is simply made again.
 */
@Component
class FilmProvider implements Provider {

    private static final List<OptionSpec.Choice> FORMATS = List.of(
            new OptionSpec.Choice(VideoFormat.LANDSCAPE_HD.name(), "film.format.LANDSCAPE_HD"),
            new OptionSpec.Choice(VideoFormat.VERTICAL_HD.name(), "film.format.VERTICAL_HD"),
            new OptionSpec.Choice(VideoFormat.SQUARE.name(), "film.format.SQUARE"),
            new OptionSpec.Choice(VideoFormat.FEED.name(), "film.format.FEED"));
    private static final List<OptionSpec.Choice> LANGUAGES = List.of(
            new OptionSpec.Choice(Language.FRENCH.code(), "language.fr"),
            new OptionSpec.Choice(Language.ENGLISH.code(), "language.en"));
    /** A caption shows for the shot but its first and last moments. */
    private static final Duration CAPTION_MARGIN = Duration.ofMillis(400);

    private final FilmRepository films;
    private final MediaLibrary media;
    private final ResultFiles results;
    private final FilmComposer composer;
    private final FilmWords words;
    private final BrandRecords brands;
    private final JsonMapper json;
    private final Capabilities capabilities;

    FilmProvider(FilmRepository films, MediaLibrary media, ResultFiles results, FilmComposer composer, FilmWords words,
                 BrandRecords brands, JsonMapper json, RenderProperties renderSettings) {
        this.brands = brands;
        this.films = films;
        this.media = media;
        this.results = results;
        this.composer = composer;
        this.words = words;
        this.json = json;
        this.capabilities = new Capabilities(Set.of(GenerationKind.FILM),
                List.of(OptionSpec.text(Films.FILM_OPTION, true, 36).labelled("film.option.film", null),
                        OptionSpec.choice(Films.FORMAT_OPTION, FORMATS, VideoFormat.LANDSCAPE_HD.name())
                                .labelled("option.label.format", null),
                        OptionSpec.choice(Films.LANGUAGE_OPTION, LANGUAGES, Language.FRENCH.code())
                                .labelled("film.option.language", null)),
                1,
                new ImageConstraints(EnumSet.allOf(ImageFormat.class), 1, Integer.MAX_VALUE, Long.MAX_VALUE, true),
                new Cost(CreditCurrency.VIDEO, 0),
                Completion.SYNCHRONOUS,
                renderSettings.effectiveParallelRenders(), 1, Duration.ZERO, Duration.ofMinutes(2),
                Duration.ofMinutes(60), true, true);
    }

    @Override
    public String id() {
        return Films.PROVIDER;
    }

    @Override
    public String nameKey() {
        return "provider.film";
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public SubmitOutcome submit(SubmitRequest request) {
        var film = Ids.parse(request.options().get(Films.FILM_OPTION))
                .flatMap(id -> films.findByIdAndTeamId(id, request.teamId()));
        if (film.isEmpty()) {
            return refused("The film's storyboard is gone");
        }
        var storyboard = json.readValue(film.get().storyboard(), Storyboard.class);
        var format = VideoFormat.valueOf(request.option(Films.FORMAT_OPTION));
        var language = Language.of(java.util.Locale.of(request.options().getOrDefault(Films.LANGUAGE_OPTION, "fr")));
        try {
            var plan = plan(request, storyboard, format, language);
            var video = request.workFolder().resolve("film.mp4");
            var poster = request.workFolder().resolve("film.jpg");
            var steps = steps(storyboard, plan);
            var made = composer.compose(plan, video, poster, request.workFolder(),
                    (percent, scene) -> request.control().progressed(percent,
                            scene == FilmProgress.SOUND ? new WorkStep("film.step.sound", 0, 0) : steps.get(scene)),
                    request.control()::cancelled);
            return new SubmitOutcome.Completed(request.generationId().toString(),
                    List.of(new ResultFile.LocalFile(made.video(), ResultType.VIDEO, made.poster())));
        } catch (RenderException | MissingShot failed) {
            return refused(String.valueOf(failed.getMessage()));
        }
    }

    /** What the member reads while each scene of the plan is made: the cards, and the shots by their number. */
    private static List<WorkStep> steps(Storyboard storyboard, FilmPlan plan) {
        var steps = new ArrayList<WorkStep>();
        if (storyboard.opens()) {
            steps.add(new WorkStep("film.step.opening", 0, 0));
        }
        int shots = storyboard.shots().size();
        for (int i = 1; i <= shots; i++) {
            steps.add(new WorkStep("film.step.shot", i, shots));
        }
        while (steps.size() < plan.scenes().size()) {
            steps.add(new WorkStep("film.step.closing", 0, 0));
        }
        return steps;
    }

    private static SubmitOutcome refused(String message) {
        return new SubmitOutcome.Refused(new ProviderError(ErrorCode.INVALID_INPUT, message));
    }

    /** A shot whose photo or video left the project since the storyboard was saved. */
    private static final class MissingShot extends RuntimeException {
        MissingShot(String message) {
            super(message);
        }
    }

    /** The storyboard as scenes: the cards painted, each shot's file copied into the work folder. */
    private FilmPlan plan(SubmitRequest request, Storyboard storyboard, VideoFormat format, Language language) {
        var team = request.teamId();
        var kit = brands.of(team);
        var brand = brand(kit, team, request.workFolder());
        var scenes = new ArrayList<FilmScene>();
        if (storyboard.opens()) {
            scenes.add(new FilmScene.Still(FilmCards.opening(words.opening(storyboard, language), brand, format).picture(),
                    Films.OPENING, List.of()));
        }
        var shots = storyboard.shots();
        // every video's stored files in one read
        var videos = results.of(shots.stream().filter(shot -> shot.kind() == Storyboard.Kind.VIDEO).map(Storyboard.Shot::source)
                .distinct().toList());
        for (int i = 0; i < shots.size(); i++) {
            var shot = shots.get(i);
            var overlays = new ArrayList<FilmScene.Overlay>();
            var length = shot.length();
            if (shot.caption() != null && !shot.caption().isBlank()) {
                overlays.add(FilmScene.Overlay.of(FilmCards.caption(shot.caption(), brand, format).picture(),
                        CAPTION_MARGIN, length.minus(CAPTION_MARGIN)));
            }
            if (shot.ai()) {
                overlays.add(FilmScene.Overlay.of(FilmCards.mention(words.aiMention(language), format).picture(),
                        Duration.ZERO, length));
            }
            var framing = new Framing(shot.focusX(), shot.focusY());
            if (shot.kind() == Storyboard.Kind.PHOTO) {
                var photo = media.photo(team, shot.source()).orElseThrow(() -> new MissingShot("A photo of the film left the project"));
                var file = request.workFolder().resolve("shot-" + i + "." + photo.format().extension());
                media.copyTo(team, photo.original(), file);
                scenes.add(new FilmScene.Photo(file, shot.motion(), framing, length, overlays));
            } else {
                var result = videos.getOrDefault(shot.source(), List.of()).stream()
                        .filter(found -> found.type() == ResultType.VIDEO).findFirst()
                        .orElseThrow(() -> new MissingShot("A video of the film was deleted"));
                var file = request.workFolder().resolve("shot-" + i + ".mp4");
                media.copyTo(team, result.asset(), file);
                scenes.add(new FilmScene.Video(file, Duration.ofMillis(shot.fromMillis()), Duration.ofMillis(shot.toMillis()),
                        framing, shot.whole(), shot.sound(), overlays));
            }
        }
        if (storyboard.closes(kit)) {
            scenes.add(new FilmScene.Still(FilmCards.closing(words.closing(storyboard, kit, language), brand, format).picture(),
                    Films.CLOSING, List.of()));
        }
        var transition = storyboard.transition() == Transition.Kind.CUT ? Transition.CUT
                : new Transition(storyboard.transition(), Duration.ofMillis(storyboard.transitionMillis()));
        Path music = null;
        if (storyboard.music() != null) {
            var track = brands.musicFile(team, storyboard.music())
                    .orElseThrow(() -> new MissingShot("The film's music left the team's library"));
            music = request.workFolder().resolve("music.audio");
            media.copyTo(team, track, music);
        }
        return new FilmPlan(format, scenes, transition, music);
    }

    /** The team's brand kit as the cards draw it: its typeface, colours and logo (read from its stored file). */
    private Brand brand(BrandKit kit, java.util.UUID team, Path work) {
        BufferedImage logo = null;
        if (kit.logo() != null) {
            var file = work.resolve("logo.png");
            try {
                media.copyTo(team, kit.logo(), file);
                logo = ImageIO.read(file.toFile());
            } catch (IOException | IllegalArgumentException unreadable) {
                // a logo that cannot be read is left out rather than failing the film
                logo = null;
            }
        }
        return new Brand(kit.font(), Color.decode(kit.mainColour()), Color.decode(kit.accentColour()), logo);
    }
}
