package app.atelier.pipeline;

import app.atelier.TestAccounts;
import app.atelier.TestCredits;
import app.atelier.TestProjects;
import app.atelier.WithMember;
import app.atelier.account.Role;
import app.atelier.generation.CancelResult;
import app.atelier.generation.FailureReason;
import app.atelier.generation.GenerationProbe;
import app.atelier.generation.GenerationRequest;
import app.atelier.generation.GenerationRequests;
import app.atelier.generation.GenerationState;
import app.atelier.generation.Generations;
import app.atelier.generation.HeardKeyRefusals;
import app.atelier.generation.KeyRefused;
import app.atelier.generation.SubmitResult;
import app.atelier.provider.ErrorCode;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.ProviderError;
import app.atelier.provider.ProviderException;
import app.atelier.provider.ResultFile;
import app.atelier.provider.ResultType;
import app.atelier.provider.ScriptedProvider;
import app.atelier.provider.SubmitOutcome;
import app.atelier.provider.VendorKeysChanged;
import app.atelier.provider.VendorStatus;
import app.atelier.render.TestVideos;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.CurrentMember;
import app.atelier.shared.GenerationId;
import app.atelier.shared.ProjectId;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pipeline driven through a vendor whose answers the test writes: submission, polling, results
 * copied, failures, refusals for now, deadlines, lanes, cancellation, retry. Run on H2 by
 * {@link PipelineTest} and on PostgreSQL by {@link PipelinePostgresTest}.
 */
@WithMember(role = Role.MEMBER)
abstract class PipelineContract {

    @Autowired
    Generations generations;

    @Autowired
    GenerationRequests requests;

    @Autowired
    ScriptedProvider vendor;

    @Autowired
    TestProjects testProjects;

    @Autowired
    TestCredits testCredits;

    @Autowired
    CurrentMember currentMember;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HeardKeyRefusals keyRefusals;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    GenerationProbe probe;
    final MockWebServer results = new MockWebServer();
    UUID me;
    ProjectId project;
    List<UUID> photos;

    @BeforeEach
    void vendorAndMember() throws IOException {
        vendor.reset();
        probe = new GenerationProbe(jdbc);
        probe.endAll();
        me = currentMember.require().actorId();
        testCredits.grant(TestAccounts.TEAM_ID, me, CreditCurrency.VIDEO, 10);
        project = testProjects.project(TestAccounts.TEAM_ID, "Villa Les Oliviers", 2);
        photos = testProjects.photosOf(project);
        byte[] video = TestVideos.portraitClip();
        results.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(200).setHeader("Content-Type", "video/mp4")
                        .body(new Buffer().write(video)).build();
            }
        });
        results.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stopServer() {
        results.close();
        probe.endAll();
        vendor.reset();
    }

    GenerationId submit(UUID photo) {
        var result = requests.submit(new GenerationRequest(project, List.of(photo), ScriptedProvider.ID,
                GenerationKind.AI_VIDEO, Map.of("prompt", "Un drone survole la villa au coucher du soleil")));
        assertThat(result).isInstanceOf(SubmitResult.Accepted.class);
        return ((SubmitResult.Accepted) result).generationIds().getFirst();
    }

    String videoUrl() {
        return "http://127.0.0.1:" + results.getPort() + "/results/video.mp4?expires=24h";
    }

    @Test
    void aKeyRefusedWhileAGenerationRunsHoldsItSaysSoAndANewKeyResumesIt() {
        var id = submit(photos.getFirst());
        probe.awaitState(id, GenerationState.RUNNING);
        var vendorId = probe.vendorId(id);
        int heardBefore = keyRefusals.heard().size();

        vendor.refuseKey(true);

        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> generations.find(id).orElseThrow().keyRefused());
        assertThat(probe.state(id)).as("waiting, not failed").isEqualTo(GenerationState.RUNNING);
        assertThat(keyRefusals.heard().subList(heardBefore, keyRefusals.heard().size())).singleElement()
                .isEqualTo(new KeyRefused(ScriptedProvider.ID, "provider.local", ScriptedProvider.ID, TestAccounts.TEAM_ID));

        vendor.refuseKey(false);
        vendor.report(vendorId, new VendorStatus.Running(30, null, "processing"));
        events.publishEvent(new VendorKeysChanged(ScriptedProvider.ID));

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> !generations.find(id).orElseThrow().keyRefused());
        assertThat(probe.progress(id)).isEqualTo(30);
        assertThat(keyRefusals.heard()).hasSize(heardBefore + 1);
    }

    @Test
    void aVendorGenerationIsPolledUntilItsResultIsCopiedIntoOurStorage() {
        var id = submit(photos.getFirst());
        probe.awaitState(id, GenerationState.RUNNING);
        var vendorId = probe.vendorId(id);
        assertThat(vendor.submitted()).singleElement().satisfies(request -> {
            assertThat(request.options()).containsEntry("prompt", "Un drone survole la villa au coucher du soleil");
            assertThat(request.callbackUrl()).isNotNull();
            assertThat(request.callbackUrl().getPath()).startsWith("/webhooks/scripted/");
        });

        vendor.report(vendorId, new VendorStatus.Running(40, Duration.ofSeconds(2), "processing"));
        await().atMost(Duration.ofSeconds(10)).until(() -> probe.progress(id) == 40);

        vendor.report(vendorId, new VendorStatus.Succeeded(List.of(new ResultFile.RemoteFile(URI.create(videoUrl()), ResultType.VIDEO))));
        probe.awaitState(id, GenerationState.SUCCEEDED);

        var done = generations.find(id).orElseThrow();
        assertThat(done.results()).singleElement().satisfies(video -> {
            assertThat(video.type()).isEqualTo(ResultType.VIDEO);
            assertThat(video.width()).isEqualTo(768);
            assertThat(video.height()).isEqualTo(1280);
            assertThat(video.duration()).isEqualTo(Duration.ofSeconds(5));
            assertThat(video.poster()).isNotNull();
        });
        assertThat(probe.ledger(id)).containsExactly("RESERVE", "SETTLE");
        assertThat(testCredits.available(me, CreditCurrency.VIDEO)).isEqualTo(9);
    }

    @Test
    void aVendorFailureEndsTheGenerationAndGivesTheCreditBack() {
        var id = submit(photos.getFirst());
        probe.awaitState(id, GenerationState.RUNNING);
        assertThat(testCredits.available(me, CreditCurrency.VIDEO)).isEqualTo(9);

        vendor.report(probe.vendorId(id), new VendorStatus.Failed(new ProviderError(ErrorCode.REJECTED, "content_policy_violation")));
        probe.awaitState(id, GenerationState.FAILED);

        var failed = generations.find(id).orElseThrow();
        assertThat(failed.failure()).isEqualTo(FailureReason.REJECTED);
        assertThat(failed.vendorMessage()).as("the vendor's words are for admins").isNull();
        assertThat(probe.ledger(id)).containsExactly("RESERVE", "RELEASE");
        assertThat(testCredits.available(me, CreditCurrency.VIDEO)).isEqualTo(10);
    }

    @Test
    void aSubmissionRefusedForNowIsSentAgainLater() {
        vendor.onNextSubmit(request -> new SubmitOutcome.Refused(
                new ProviderError(ErrorCode.RATE_LIMITED, "rate_limit_exceeded", Duration.ofMillis(300))));

        var id = submit(photos.getFirst());
        probe.awaitState(id, GenerationState.RUNNING);

        assertThat(vendor.submitted()).hasSize(2);
        assertThat(probe.ledger(id)).containsExactly("RESERVE");
    }

    @Test
    void aSubmissionThatMayHaveReachedTheVendorIsNeverSentTwice() {
        vendor.onNextSubmit(request -> {
            throw new ProviderException(new ProviderError(ErrorCode.VENDOR_DOWN, "read timed out"), true);
        });

        var id = submit(photos.getFirst());
        probe.awaitState(id, GenerationState.FAILED);

        assertThat(generations.find(id).orElseThrow().failure()).isEqualTo(FailureReason.INTERRUPTED);
        assertThat(vendor.submitted()).hasSize(1);
        assertThat(probe.ledger(id)).containsExactly("RESERVE", "RELEASE");
    }

    @Test
    void pollsAskAboutSeveralGenerationsAtOnceWithinTheVendorsBatchSize() {
        var more = testProjects.photosOf(testProjects.project(TestAccounts.TEAM_ID, "Résidence du Port", 7));
        project = ProjectId.of(jdbc.sql("SELECT project_id FROM project_photo WHERE photo_id = ?").param(more.getFirst())
                .query(UUID.class).single());
        var result = requests.submit(new GenerationRequest(project, more, ScriptedProvider.ID,
                GenerationKind.AI_VIDEO, Map.of("prompt", "Travelling le long de la façade")));
        var ids = ((SubmitResult.Accepted) result).generationIds();
        ids.forEach(id -> probe.awaitState(id, GenerationState.RUNNING));
        await().atMost(Duration.ofSeconds(10)).until(() -> vendor.polled().stream().anyMatch(batch -> batch.size() > 1));

        assertThat(vendor.polled()).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(5));
    }

    @Test
    void aFullLaneMakesTheOthersWaitTheirTurnFirstComeFirstServed() {
        vendor.limitInFlight(1);
        var first = submit(photos.get(0));
        var second = submit(photos.get(1));
        probe.awaitState(first, GenerationState.RUNNING);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> probe.state(second) == GenerationState.QUEUED);

        vendor.report(probe.vendorId(first), new VendorStatus.Failed(new ProviderError(ErrorCode.UNKNOWN, "boom")));
        probe.awaitState(second, GenerationState.RUNNING);

        assertThat(vendor.submitted()).extracting(request -> request.generationId()).containsExactly(first.value(), second.value());
    }

    @Test
    void aGenerationPastItsDeadlineFailsAndTheVendorIsAskedToStop() {
        vendor.deadline(Duration.ofMillis(800));
        var id = submit(photos.getFirst());
        probe.awaitState(id, GenerationState.FAILED);

        assertThat(generations.find(id).orElseThrow().failure()).isEqualTo(FailureReason.TIMED_OUT);
        await().atMost(Duration.ofSeconds(10)).until(() -> vendor.cancelled().contains(probe.vendorId(id)));
        assertThat(probe.ledger(id)).containsExactly("RESERVE", "RELEASE");
    }

    @Test
    void aCancelledGenerationStaysCancelledWhateverTheVendorSaysAfterwards() {
        var id = submit(photos.getFirst());
        probe.awaitState(id, GenerationState.RUNNING);
        var vendorId = probe.vendorId(id);

        assertThat(generations.cancel(id)).isEqualTo(CancelResult.CANCELLED);
        assertThat(probe.state(id)).isEqualTo(GenerationState.CANCELLED);
        assertThat(testCredits.available(me, CreditCurrency.VIDEO)).isEqualTo(10);
        await().atMost(Duration.ofSeconds(10)).until(() -> vendor.cancelled().contains(vendorId));

        vendor.report(vendorId, new VendorStatus.Succeeded(List.of(new ResultFile.RemoteFile(URI.create(videoUrl()), ResultType.VIDEO))));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> probe.state(id) == GenerationState.CANCELLED);
        assertThat(probe.results(id)).isZero();
        assertThat(probe.ledger(id)).containsExactly("RESERVE", "RELEASE");
        assertThat(generations.cancel(id)).isEqualTo(CancelResult.ALREADY_ENDED);
    }

    @Test
    void aFailedGenerationIsTriedAgainAsANewOneWithTheSameRequest() {
        var id = submit(photos.getFirst());
        probe.awaitState(id, GenerationState.RUNNING);
        vendor.report(probe.vendorId(id), new VendorStatus.Failed(new ProviderError(ErrorCode.VENDOR_DOWN, "internal_error")));
        probe.awaitState(id, GenerationState.FAILED);

        var again = requests.retry(id);

        assertThat(again).isInstanceOf(SubmitResult.Accepted.class);
        var retried = ((SubmitResult.Accepted) again).generationIds().getFirst();
        probe.awaitState(retried, GenerationState.RUNNING);
        assertThat(vendor.submitted().getLast().options()).containsEntry("prompt", "Un drone survole la villa au coucher du soleil");
        assertThat(testCredits.available(me, CreditCurrency.VIDEO)).isEqualTo(9);
        assertThat(requests.retry(retried)).as("only an ended failure is retried").isInstanceOf(SubmitResult.Invalid.class);
    }

    @Test
    void withoutEnoughCreditsNothingIsQueued() {
        vendor.costs(6);
        var result = requests.submit(new GenerationRequest(project, photos, ScriptedProvider.ID,
                GenerationKind.AI_VIDEO, Map.of("prompt", "Deux vidéos")));

        assertThat(result).isEqualTo(new SubmitResult.NotEnoughCredits(CreditCurrency.VIDEO, 12, 10));
        assertThat(generations.ofProject(project)).isEmpty();
        assertThat(vendor.submitted()).isEmpty();
    }
}
