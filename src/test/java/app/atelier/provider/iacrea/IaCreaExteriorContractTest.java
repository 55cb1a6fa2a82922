package app.atelier.provider.iacrea;

import app.atelier.provider.ErrorCode;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.InputImage;
import app.atelier.provider.ResultFile;
import app.atelier.provider.ResultType;
import app.atelier.provider.SubmitOutcome;
import app.atelier.provider.SubmitRequest;
import app.atelier.provider.VendorStatus;
import app.atelier.provider.vendor.KeyLookup;
import app.atelier.provider.vendor.VendorServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static app.atelier.provider.vendor.VendorServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/** IA Créa exterior creation against its page (docs/vendors.md): generate, variation, get. */
class IaCreaExteriorContractTest {

    static final String USER = "6b1f0c2e-4d55-4a5e-9b8e-3f1a2c4d5e6f";

    @RegisterExtension
    final VendorServer vendor = new VendorServer();

    IaCreaExteriorProvider provider() {
        var settings = new IaCreaProperties(vendor.baseUrl(), VendorServer.KEY, USER, IaCreaProperties.AuthStyle.X_API_KEY,
                Duration.ofSeconds(1), Duration.ofSeconds(2), 1, 1);
        return new IaCreaExteriorProvider(new IaCreaConnection(settings, VendorServer.endpoints(), VendorServer.clients(),
                KeyLookup.none(), VendorServer.CLOCK), settings, VendorServer.CLOCK);
    }

    static SubmitRequest request(String exterior, Map<String, InputImage> attachments, SubmitRequest.Parent parent) {
        return new SubmitRequest(VendorServer.request(GenerationKind.EXTERIOR, Map.of(), null).generationId(),
                VendorServer.request(GenerationKind.EXTERIOR, Map.of(), null).teamId(), GenerationKind.EXTERIOR,
                Map.of("exterior", exterior), List.of(VendorServer.photo(1024, 768)), attachments, parent,
                URI.create("https://atelier.agence-du-port.fr/webhooks/iacrea-exterior/t0k3n"), Path.of("unused"),
                VendorServer.NO_CONTROL);
    }

    @Test
    void generateSendsTheImageTheMaskTheTypeAndTheImagesSize() {
        vendor.answer(200, "{\"generation_id\": \"e-1\", \"remaining_photos\": 100, \"project_id\": \"p-1\"}");

        var outcome = provider().submit(request("TERRACE", Map.of("mask", VendorServer.mask(1024, 768)), null));

        var request = vendor.request();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/create_exterior/generate");
        assertThat(request.getHeaders().get("x-api-key")).isEqualTo(VendorServer.KEY);
        var body = json(request);
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("user_id", "image_url", "mask_url", "room_type", "width",
                "height", "webhook");
        assertThat(body.get("user_id").asString()).isEqualTo(USER);
        assertThat(body.get("image_url").asString()).isEqualTo(VendorServer.PHOTO_LINK.toString());
        assertThat(body.get("mask_url").asString()).isEqualTo(VendorServer.MASK_LINK.toString());
        assertThat(body.get("room_type").asString()).isEqualTo("TERRACE");
        assertThat(body.get("width").asInt()).isEqualTo(1024);
        assertThat(body.get("height").asInt()).isEqualTo(768);
        assertThat(body.get("webhook").asString()).endsWith("/webhooks/iacrea-exterior/t0k3n");
        assertThat(outcome).isEqualTo(new SubmitOutcome.Accepted("e-1", new VendorStatus.Running(-1, null, "STARTING"),
                Map.of("remaining_photos", "100", "project_id", "p-1")));
    }

    @Test
    void aVariationNamesThePreviousGenerationAndTheOriginalWithANewMaskAndType() {
        vendor.answer(200, "{\"generation_id\": \"e-2\"}");

        var outcome = provider().submit(request("POOL", Map.of("mask", VendorServer.mask(1024, 768)),
                new SubmitRequest.Parent("e-1", Map.of("project_id", "p-1"))));

        var request = vendor.request();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/create_exterior/generate-variation");
        var body = json(request);
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("user_id", "generation_id", "original_url", "mask_url",
                "room_type", "webhook");
        assertThat(body.get("generation_id").asString()).isEqualTo("e-1");
        assertThat(body.get("original_url").asString()).isEqualTo(VendorServer.PHOTO_LINK.toString());
        assertThat(body.get("room_type").asString()).isEqualTo("POOL");
        assertThat(outcome).isEqualTo(new SubmitOutcome.Accepted("e-2", new VendorStatus.Running(-1, null, "STARTING"), Map.of()));
    }

    @Test
    void aVariationWithoutANewMaskKeepsThePreviousOne() {
        vendor.answer(200, "{\"generation_id\": \"e-3\"}");

        provider().submit(request("PETANQUE", Map.of(), new SubmitRequest.Parent("e-1", Map.of())));

        var body = json(vendor.request());
        assertThat(body.has("mask_url")).isFalse();
        assertThat(body.get("room_type").asString()).isEqualTo("PETANQUE");
    }

    @Test
    void aFirstCreationWithoutAMaskIsRefusedWithoutACall() {
        var outcome = provider().submit(request("TERRACE", Map.of(), null));

        assertThat(outcome).isInstanceOfSatisfying(SubmitOutcome.Refused.class,
                refused -> assertThat(refused.error().code()).isEqualTo(ErrorCode.INVALID_INPUT));
        assertThat(vendor.requestCount()).isZero();
    }

    @Test
    void getReadsTheImagesAndTheNumberOfVariations() {
        vendor.answer(200, "{\"status\": \"SUCCEEDED\", \"urls\": [\"https://url-de-image-generee\"], \"variationNumber\": 0}");

        var statuses = provider().poll(List.of("e-1"));

        var request = vendor.request();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/create_exterior/get");
        assertThat(json(request).get("generation_id").asString()).isEqualTo("e-1");
        assertThat(statuses.get("e-1")).isEqualTo(new VendorStatus.Succeeded(List.of(new ResultFile.RemoteFile(
                URI.create("https://url-de-image-generee"), ResultType.IMAGE)), Map.of("variation_number", "0")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"STARTING", "PROCESSING", "processing", "IN_PROGRESS"})
    void everyWordForWorkUnderWayReadsAsRunning(String status) {
        vendor.answer(200, "{\"status\": \"" + status + "\"}");

        assertThat(provider().poll(List.of("e-1")).get("e-1")).isInstanceOf(VendorStatus.Running.class);
    }

    @Test
    void theExteriorsAreThePagesThree() {
        assertThat(provider().capabilities().option("exterior").orElseThrow().values()).containsExactly("TERRACE", "POOL", "PETANQUE");
        assertThat(provider().capabilities().check(Map.of("exterior", "GARDEN")).problems())
                .containsEntry("exterior", "option.error.not-offered").containsEntry("mask", "option.error.required");
        assertThat(provider().capabilities().input().maxSide()).as("never resized, or the mask would not match")
                .isEqualTo(Integer.MAX_VALUE);
    }
}
