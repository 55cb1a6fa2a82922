package app.atelier.film;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.TestProjects;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.generation.GenerationRequest;
import app.atelier.generation.GenerationRequests;
import app.atelier.generation.GenerationState;
import app.atelier.generation.Generations;
import app.atelier.generation.SubmitResult;
import app.atelier.media.MediaLibrary;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.Providers;
import app.atelier.render.EnergyClass;
import app.atelier.render.Mp4File;
import app.atelier.render.Motion;
import app.atelier.render.Transition;
import app.atelier.render.VideoFormat;
import app.atelier.shared.GenerationId;
import app.atelier.shared.Language;
import app.atelier.shared.ProjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.within;

/**
 * A project's film from its storyboard to the video: the first storyboard, what a save refuses, and a
 * film made by the local engine through the pipeline like any other result, read back.
 */
@IntegrationTest
@WithMember(role = Role.MEMBER)
class FilmsTest {

    @Autowired
    Films films;

    @Autowired
    Generations generations;

    @Autowired
    GenerationRequests requests;

    @Autowired
    TestProjects projects;

    @Autowired
    MediaLibrary media;

    @TempDir
    Path folder;

    @Test
    void aFirstStoryboardTakesEveryPhotoAndTheProjectsName() {
        var project = projects.project(TestAccounts.TEAM_ID, "Villa Les Oliviers", 3);

        var storyboard = films.storyboard(project).orElseThrow();

        assertThat(storyboard.shots()).extracting(Storyboard.Shot::source).containsExactlyElementsOf(projects.photosOf(project));
        assertThat(storyboard.opening().title()).isEqualTo("Villa Les Oliviers");
        assertThat(storyboard.opening().town()).isEqualTo("Saint-Tropez");
        assertThat(storyboard.closing().reference()).isEqualTo("Réf. 1234");
        assertThat(storyboard.format()).isEqualTo(VideoFormat.LANDSCAPE_HD);
        // a 3 s opening, three photos of 4 s, the 6 s closing card (the listing's reference), cross-fades of 0.6 s
        assertThat(Films.length(storyboard)).isEqualTo(Duration.ofMillis(3000 + 3 * 4000 + 6000 - 4 * 600));
        assertThat(films.storyboard(ProjectId.of(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void aSaveRefusesWhatCannotBeFilmedAndKeepsNothingOfIt() {
        var project = projects.project(TestAccounts.TEAM_ID, "Mas des Cigales", 1);
        var first = films.storyboard(project).orElseThrow();
        var photo = first.shots().getFirst();

        assertThat(films.save(project, first.withShots(List.of(photo.moving(Motion.PAN_LEFT, 9000)))))
                .containsEntry("shots.0", "film.error.photo-length");
        assertThat(films.save(project, first.withShots(List.of(Storyboard.Shot.photo(UUID.randomUUID(), Motion.ZOOM_IN, 3000)))))
                .containsEntry("shots.0", "film.error.shot-gone");
        assertThat(films.save(project, first.withShots(List.of(Storyboard.Shot.video(UUID.randomUUID(), 0, 2000, true)))))
                .containsEntry("shots.0", "film.error.shot-gone");
        assertThat(films.save(project, first.withShots(List.of()))).containsEntry("shots", "film.error.no-shot");
        assertThat(films.make(project, VideoFormat.SQUARE, Language.FRENCH))
                .as("nothing was saved").isEqualTo(new SubmitResult.Invalid(Map.of("film", "film.error.not-saved")));
    }

    @Test
    void aFilmOfAPhotoAndAVideoIsMadeByTheLocalEngineLikeAnyOtherResult() {
        var project = projects.project(TestAccounts.TEAM_ID, "Bastide du Lac", 2);
        var photos = projects.photosOf(project);
        var motion = (SubmitResult.Accepted) requests.submit(new GenerationRequest(project, List.of(photos.get(1)),
                Providers.LOCAL, GenerationKind.CAMERA_MOTION, Map.of("motion", "PAN_RIGHT", "format", "LANDSCAPE", "duration", "5")));
        var clip = motion.generationIds().getFirst();
        awaitSucceeded(clip);
        var storyboard = films.storyboard(project).orElseThrow()
                .withShots(List.of(Storyboard.Shot.photo(photos.getFirst(), Motion.ZOOM_IN, 3000).captioned("Séjour · 42 m²"),
                        Storyboard.Shot.video(clip.value(), 500, 3500, false)))
                .withTransition(Transition.Kind.DIP_TO_BLACK, 500)
                .withOpening(new Storyboard.Opening("Bastide du Lac", "Annecy", 890_000L, 180, 6, 4))
                .withClosing(new Storyboard.Closing("Claire Martin", "+33 6 12 34 56 78", null, "Agence du Lac", "Réf. 77",
                        EnergyClass.C, EnergyClass.B, 1200, 1700, 2023, Storyboard.FeesPaidBy.BUYER, 850_000L));

        assertThat(films.save(project, storyboard)).isEmpty();
        var made = films.make(project, VideoFormat.SQUARE, Language.FRENCH);

        assertThat(made).isInstanceOf(SubmitResult.Accepted.class);
        var film = ((SubmitResult.Accepted) made).generationIds().getFirst();
        awaitSucceeded(film);
        var done = generations.find(film).orElseThrow();
        assertThat(done.kind()).isEqualTo(GenerationKind.FILM);
        assertThat(done.cost()).as("no credit").isZero();
        var video = done.results().getFirst();
        assertThat(video.width()).isEqualTo(1080);
        assertThat(video.height()).isEqualTo(1080);
        var file = folder.resolve("film.mp4");
        media.copyTo(TestAccounts.TEAM_ID, video.asset(), file);
        // 3 s opening, 3 s photo, 3 s of the clip, 6 s closing, three dips of 0.5 s
        assertThat(Films.length(storyboard)).isEqualTo(Duration.ofMillis(3000 + 3000 + 3000 + 6000 - 3 * 500));
        assertThat(Mp4File.stream(file).seconds()).isCloseTo(13.5, within(1.0 / 30));
        assertThat(Mp4File.sound(file)).as("no music chosen").isNull();
    }

    @Autowired
    FilmBrands brands;

    @Autowired
    app.atelier.TestGenerations made;

    @Autowired
    app.atelier.shared.CurrentMember currentMember;

    @Test
    void aVideoAnAiMadeCarriesTheMentionWhateverTheRequestSays() {
        var project = projects.project(TestAccounts.TEAM_ID, "Villa Azur", 1);
        var photo = projects.photosOf(project).getFirst();
        var me = currentMember.require().actorId();
        var luma = made.succeeded(TestAccounts.TEAM_ID, project, photo, me, "luma", "AI_VIDEO",
                "{\"prompt\":\"Vue\"}", "{}", 1280, 720);
        var local = made.cameraMotion(TestAccounts.TEAM_ID, project, photo, me, "ZOOM_IN", "SUCCEEDED", 100, null);
        var board = films.storyboard(project).orElseThrow();

        assertThat(films.save(project, board.withShots(List.of(Storyboard.Shot.video(local.value(), 0, 2000, true))))).isEmpty();
        assertThat(films.storyboard(project).orElseThrow().anyAi()).as("the local engine is no AI").isFalse();
        assertThat(films.save(project, board.withShots(List.of(Storyboard.Shot.video(luma.value(), 0, 2000, false))))).isEmpty();
        var saved = films.storyboard(project).orElseThrow();
        assertThat(saved.anyAi()).as("Luma is").isTrue();
        assertThat(saved.closes()).as("then the film closes on the mention").isTrue();
    }

    @Test
    @WithMember(role = Role.ADMIN)
    void aFilmWithMusicCarriesItAtBroadcastLoudnessAndTheTeamsAgentOnItsLastCard() throws java.io.IOException {
        var project = projects.project(TestAccounts.TEAM_ID, "Le Clos des Vignes", 2);
        assertThat(brands.addMusic("Balade", app.atelier.render.TestSounds.wav(folder.resolve("balade.wav"), 44_100, 30, 0.05,
                false))).isEmpty();
        assertThat(brands.save(new BrandKit(app.atelier.render.BrandFont.INTER, "#0A2E4D", "#F2B705", null, "Claire Martin",
                null, null, "Agence du Port"))).isEmpty();
        var storyboard = films.storyboard(project).orElseThrow().withMusic(brands.music().getFirst().id())
                .withShots(films.storyboard(project).orElseThrow().shots().stream().map(shot -> shot.moving(shot.motion(), 2000))
                        .toList());

        assertThat(films.save(project, storyboard)).isEmpty();
        var film = ((SubmitResult.Accepted) films.make(project, VideoFormat.FEED, Language.ENGLISH)).generationIds().getFirst();
        awaitSucceeded(film);

        var video = generations.find(film).orElseThrow().results().getFirst();
        assertThat(video.width()).isEqualTo(1080);
        assertThat(video.height()).isEqualTo(1350);
        var file = folder.resolve("film.mp4");
        media.copyTo(TestAccounts.TEAM_ID, video.asset(), file);
        assertThat(Mp4File.sound(file)).isEqualTo(new Mp4File.Sound("aac", 2, 48_000));
        var loudness = app.atelier.render.internal.Soundtrack.measure(into -> Mp4File.samples(file, into));
        assertThat(loudness.integrated()).isCloseTo(-14, within(1.0));
        assertThat(loudness.truePeak()).isLessThanOrEqualTo(-1.0);
        assertThat(Films.length(storyboard, brands.mine())).as("the team's agent brings the closing card")
                .isEqualTo(Duration.ofMillis(3000 + 2 * 2000 + 6000 - 3 * 600));
        assertThat(Mp4File.stream(file).seconds()).isCloseTo(11.2, within(1.0 / 30));
    }

    private void awaitSucceeded(GenerationId id) {
        await().pollInSameThread().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                assertThat(generations.find(id).orElseThrow().state()).isEqualTo(GenerationState.SUCCEEDED));
    }
}
