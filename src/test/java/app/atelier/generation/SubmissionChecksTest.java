package app.atelier.generation;

import app.atelier.IntegrationTest;
import app.atelier.TestAccounts;
import app.atelier.TestCredits;
import app.atelier.TestProjects;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.media.ConformedImage;
import app.atelier.media.MaskConvention;
import app.atelier.media.MediaLibrary;
import app.atelier.media.StoredKind;
import app.atelier.media.TestPhotos;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.Providers;
import app.atelier.provider.ScriptedProvider;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.GenerationId;
import app.atelier.shared.ProjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is refused before anything is spent, and what is said of the photos: a request that cannot be
 * carried out stores no generation and reserves no credit.
 */
@IntegrationTest
@WithMember(role = Role.MEMBER)
class SubmissionChecksTest {

    @Autowired
    GenerationRequests requests;

    @Autowired
    TestProjects projects;

    @Autowired
    TestCredits credits;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CurrentMember currentMember;

    @Autowired
    MediaLibrary media;

    @Autowired
    ScriptedProvider scripted;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    UUID me;
    ProjectId project;

    @BeforeEach
    void credits() {
        me = currentMember.require().actorId();
        credits.grant(TestAccounts.TEAM_ID, me, CreditCurrency.VIDEO, 10);
        credits.grant(TestAccounts.TEAM_ID, me, CreditCurrency.PHOTO, 10);
        project = projects.project(TestAccounts.TEAM_ID, "Villa Les Oliviers", 1);
    }

    @AfterEach
    void resetVendor() {
        scripted.reset();
    }

    @Test
    void aPhotoNoCopyCanFitIsRefusedAndThePreflightSaysWhatWillBeDoneToTheOthers() {
        var panorama = projects.addPhoto(TestAccounts.TEAM_ID, project, "panorama.jpg", TestPhotos.jpeg(4000, 300));
        var plan = projects.addPhoto(TestAccounts.TEAM_ID, project, "plan.png", TestPhotos.png(2400, 1600, true));
        var wan = new GenerationRequest(project, List.of(panorama.id(), plan.id()), "evolink-wan", GenerationKind.AI_VIDEO,
                Map.of("prompt", "Travelling lent vers la façade"));

        var photos = requests.preflight("evolink-wan", wan.photoIds());

        assertThat(photos).hasSize(2);
        assertThat(photos.get(0)).satisfies(photo -> {
            assertThat(photo.fileName()).isEqualTo("panorama.jpg");
            assertThat(photo.fits()).isFalse();
        });
        assertThat(photos.get(1).changes()).extracting(ConformedImage.Change::kind)
                .containsExactly(ConformedImage.Kind.ALPHA_FLATTENED, ConformedImage.Kind.RESIZED);
        assertThat(refusal(wan)).containsEntry("photos", "generation.error.photo-cannot-fit");
        assertNothingSpent();
    }

    @Test
    void aServiceWithoutAKeyTakesNothing() {
        scripted.available(false);

        var problems = refusal(new GenerationRequest(project, projects.photosOf(project), ScriptedProvider.ID,
                GenerationKind.AI_VIDEO, Map.of("prompt", "Un drone survole la villa")));

        assertThat(problems).containsEntry("provider", "generation.error.provider-unavailable");
        assertNothingSpent();
    }

    @Test
    void settingsOutsideWhatTheServiceTakesAreRefusedOneByOne() {
        var problems = refusal(new GenerationRequest(project, projects.photosOf(project), "evolink-wan", GenerationKind.AI_VIDEO,
                Map.of("prompt", "a".repeat(2001), "quality", "4k", "seed", "7")));

        assertThat(problems).containsEntry("prompt", "option.error.too-long")
                .containsEntry("quality", "option.error.not-offered")
                .containsEntry("seed", "option.error.unknown");
        assertNothingSpent();
    }

    @Test
    void anImageOfAnotherTeamOrAMaskOfTheWrongSizeIsRefused() throws IOException {
        var other = accounts.otherTeam();
        var foreign = media.store(other, png(1200, 800), StoredKind.IMAGE_PNG, 1200, 800);
        var luma = refusal(new GenerationRequest(project, projects.photosOf(project), "luma", GenerationKind.AI_VIDEO,
                Map.of("prompt", "La caméra glisse", "end_image", foreign.toString())));
        assertThat(luma).containsEntry("end_image", "generation.error.no-such-image");

        var smallMask = media.store(TestAccounts.TEAM_ID, png(600, 400), StoredKind.IMAGE_PNG, 600, 400);
        var exterior = refusal(new GenerationRequest(project, projects.photosOf(project), "iacrea-exterior",
                GenerationKind.EXTERIOR, Map.of("exterior", "POOL", "mask", smallMask.toString())));
        assertThat(exterior).containsEntry("mask", "generation.error.mask-size");
        assertNothingSpent();
    }

    @Test
    void aDrawnZoneIsNotKeptWhenTheRequestIsRefused() {
        var zone = MaskConvention.blank(1200, 800);
        var g = zone.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(100, 100, 300, 200);
        g.dispose();
        int masksBefore = jdbc.sql("SELECT COUNT(*) FROM media_asset WHERE kind = 'MASK'").query(Integer.class).single();

        var result = requests.submit(new GenerationRequest(project, projects.photosOf(project), "iacrea-exterior",
                GenerationKind.EXTERIOR, Map.of("exterior", "GARDEN")), zone);

        assertThat(result).isEqualTo(new SubmitResult.Invalid(Map.of("exterior", "option.error.not-offered")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM media_asset WHERE kind = 'MASK'").query(Integer.class).single())
                .as("the stored zone went with the refusal").isEqualTo(masksBefore);
        var nearlyAll = MaskConvention.blank(1200, 800);
        MaskConvention.fill(nearlyAll, MaskConvention.ZONE);
        assertThat(requests.submit(new GenerationRequest(project, projects.photosOf(project), "iacrea-exterior",
                GenerationKind.EXTERIOR, Map.of("exterior", "POOL")), nearlyAll))
                .isEqualTo(new SubmitResult.Invalid(Map.of("mask", "mask.error.full")));
        assertNothingSpent();
    }

    @Test
    void onlyASuccessOfTheSameServiceCanBeContinued() {
        var problems = refusal(new GenerationRequest(project, projects.photosOf(project), "luma", GenerationKind.AI_VIDEO,
                Map.of("prompt", "La suite du travelling"), GenerationId.of(UUID.randomUUID())));

        assertThat(problems).containsEntry("continues", "generation.error.cannot-continue");
        assertNothingSpent();
    }

    @Test
    void aPreparedRequestStoresNothingUntilItIsSubmitted() {
        var motion = new GenerationRequest(project, projects.photosOf(project), Providers.LOCAL, GenerationKind.CAMERA_MOTION,
                Map.of("motion", "PAN_RIGHT", "format", "LANDSCAPE", "duration", "10"));

        var preparation = requests.prepare(motion, Inputs.NONE);

        assertThat(preparation).isInstanceOf(Preparation.Ready.class);
        var prepared = ((Preparation.Ready) preparation).prepared();
        assertThat(prepared.count()).isEqualTo(1);
        assertThat(prepared.currency()).isEqualTo(CreditCurrency.VIDEO);
        assertNothingSpent();

        var submitted = requests.submit(prepared);

        assertThat(submitted).isInstanceOfSatisfying(SubmitResult.Accepted.class, accepted -> {
            assertThat(accepted.projectId()).isEqualTo(project);
            assertThat(accepted.generationIds()).hasSize(1);
        });
        assertThat(credits.available(me, CreditCurrency.VIDEO)).isEqualTo(10 - prepared.cost());
    }

    @Test
    void creditsSpentBetweenPreparingAndSubmittingAreTheLastWord() {
        scripted.costs(6);
        var six = new GenerationRequest(project, projects.photosOf(project), ScriptedProvider.ID, GenerationKind.AI_VIDEO,
                Map.of("prompt", "Un drone survole la villa"));
        var first = (Preparation.Ready) requests.prepare(six, Inputs.NONE);
        var second = (Preparation.Ready) requests.prepare(six, Inputs.NONE);
        assertThat(first.prepared().cost() * 2).as("two requests the credits allow one at a time")
                .isGreaterThan(10).isLessThanOrEqualTo(20);

        assertThat(requests.submit(first.prepared())).isInstanceOf(SubmitResult.Accepted.class);
        var late = requests.submit(second.prepared());

        assertThat(late).isInstanceOf(SubmitResult.NotEnoughCredits.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM generation WHERE project_id = ?").param(project.value()).query(Integer.class).single())
                .as("the second stored nothing").isEqualTo(1);
    }

    @Test
    void whatIsFetchedIsFetchedOnlyOnceTheRestIsAcceptable() {
        var fetches = new java.util.concurrent.atomic.AtomicInteger();
        Fetch counting = () -> {
            fetches.incrementAndGet();
            return new Fetch.Fetched(List.of(), Inputs.NONE);
        };
        var wrong = new GenerationRequest(project, projects.photosOf(project), "luma", GenerationKind.AI_VIDEO,
                Map.of("prompt", "La caméra glisse", "aspect_ratio", "2:1"), null, true);

        assertThat(requests.prepare(wrong, java.util.Set.of("end_image"), counting)).isInstanceOf(Preparation.Invalid.class);
        credits.spent(TestAccounts.TEAM_ID, me, UUID.randomUUID(), CreditCurrency.VIDEO, 10,
                java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
        var right = new GenerationRequest(project, projects.photosOf(project), "luma", GenerationKind.AI_VIDEO,
                Map.of("prompt", "La caméra glisse"), null, true);
        assertThat(requests.prepare(right, java.util.Set.of("end_image"), counting)).isInstanceOf(Preparation.NotEnoughCredits.class);

        assertThat(fetches).as("an option refused, credits short: nothing fetched").hasValue(0);
    }

    @Test
    void eachPhotoTakesItsOwnMotionAndDescriptionAtTheSamePrice() {
        var garden = projects.addPhoto(TestAccounts.TEAM_ID, project, "jardin.jpg", TestPhotos.jpeg(1200, 800)).id();
        var facade = projects.photosOf(project).getFirst();
        var common = new GenerationRequest(project, List.of(facade, garden), "iacrea-animation", GenerationKind.CAMERA_MOTION,
                Map.of("motion", "ZOOM_IN", "format", "PORTRAIT", "prompt", "Lumière du soir"));
        var own = common.eachPhoto(Map.of(garden, Map.of("motion", "PAN_LEFT", "prompt", "Le long de la piscine")));

        assertThat(requests.quote(own).orElseThrow().cost()).isEqualTo(requests.quote(common).orElseThrow().cost()).isPositive();
        var accepted = (SubmitResult.Accepted) requests.submit(own);

        var stored = jdbc.sql("SELECT photo_id, options FROM generation WHERE project_id = ?").param(project.value())
                .query((row, n) -> Map.entry(row.getObject(1, UUID.class), row.getString(2))).list();
        assertThat(accepted.generationIds()).hasSize(2);
        assertThat(stored).anySatisfy(row -> {
            assertThat(row.getKey()).isEqualTo(garden);
            assertThat(row.getValue()).contains("\"PAN_LEFT\"", "Le long de la piscine", "\"PORTRAIT\"")
                    .doesNotContain("ZOOM_IN", "Lumière du soir");
        }).anySatisfy(row -> {
            assertThat(row.getKey()).isEqualTo(facade);
            assertThat(row.getValue()).contains("\"ZOOM_IN\"", "Lumière du soir", "\"PORTRAIT\"");
        });
    }

    @Test
    void aPhotosOwnValueIsCheckedAndOnlyForItsPhotosAndOptionsTakenPerPhoto() {
        var facade = projects.photosOf(project).getFirst();
        var local = new GenerationRequest(project, List.of(facade), Providers.LOCAL, GenerationKind.CAMERA_MOTION,
                Map.of("motion", "PAN_RIGHT"));

        assertThat(refusal(local.eachPhoto(Map.of(facade, Map.of("format", "SQUARE")))))
                .as("a format is the same for all: the price and the film's shape depend on it")
                .containsEntry("photoOptions", "option.error.not-per-photo");
        assertThat(refusal(local.eachPhoto(Map.of(facade, Map.of("motion", "SPIN")))))
                .containsEntry("motion", "option.error.not-offered");
        assertThat(refusal(local.eachPhoto(Map.of(UUID.randomUUID(), Map.of("motion", "PAN_UP")))))
                .containsEntry("photoOptions", "generation.error.photo-options-photo");
        var garden = projects.addPhoto(TestAccounts.TEAM_ID, project, "jardin.jpg", TestPhotos.jpeg(1200, 800)).id();
        var wan = new GenerationRequest(project, List.of(facade, garden), "evolink-wan", GenerationKind.AI_VIDEO, Map.of());
        assertThat(refusal(wan.eachPhoto(Map.of(garden, Map.of("prompt", "Vue du jardin")))))
                .as("one photo without a description of its own, and none for all")
                .containsEntry("prompt", "option.error.required");
        assertNothingSpent();

        var each = wan.eachPhoto(Map.of(facade, Map.of("prompt", "La façade"), garden, Map.of("prompt", "Le jardin")));
        assertThat(requests.prepare(each, Inputs.NONE)).as("every photo described its own way")
                .isInstanceOf(Preparation.Ready.class);
    }

    private Map<String, String> refusal(GenerationRequest request) {
        var result = requests.submit(request);
        assertThat(result).isInstanceOf(SubmitResult.Invalid.class);
        return ((SubmitResult.Invalid) result).problems();
    }

    private void assertNothingSpent() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM generation WHERE project_id = ?").param(project.value()).query(Integer.class).single())
                .isZero();
        assertThat(credits.available(me, CreditCurrency.VIDEO)).isEqualTo(10);
        assertThat(credits.available(me, CreditCurrency.PHOTO)).isEqualTo(10);
    }

    private Path png(int width, int height) throws IOException {
        var file = folder.resolve("image-" + width + "x" + height + ".png");
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY), "png", file.toFile());
        return file;
    }
}
