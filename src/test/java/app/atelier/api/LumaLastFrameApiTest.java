package app.atelier.api;

import app.atelier.shared.Language;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Luma's last frame through the REST API, as a script gives it: an image URL (imported into the new
 * project like the photos) or a photo of an existing project by the id its photos list gives; and
 * what the providers list says an image option takes.
 */
@ApiTest
class LumaLastFrameApiTest extends ScriptTest {

    @Override
    Language language() {
        return Language.ENGLISH;
    }

    @Override
    int videoCredits() {
        return 10;
    }

    @Override
    int photoCredits() {
        return 0;
    }

    @Test
    void aLastFrameGivenByUrlThenByPhotoIdMakesALumaVideo() {
        var byUrl = script.post("/api/v1/generations", key, """
                {"provider": "luma", "imageUrls": ["%s"], "projectName": "Villa Azur",
                 "options": {"prompt": "Travelling avant vers la terrasse", "end_image": "%s"}}"""
                .formatted(script.url("/image.jpg"), script.url("/image.jpg")));
        assertThat(byUrl.statusCode()).as(byUrl.body()).isEqualTo(202);
        var project = script.read(byUrl).get("projectId").asString();
        var first = script.read(byUrl).get("generationIds").get(0).asString();
        awaitSucceeded(first);

        var photos = script.read(script.get("/api/v1/projects/" + project + "/photos", key));
        assertThat(photos.size()).as("the start photo and the last frame").isEqualTo(2);
        var start = photos.get(0).get("id").asString();
        var end = photos.get(1).get("id").asString();
        assertThat(endFrameOf(first)).isEqualTo(originalOf(end));

        var byId = script.post("/api/v1/generations", key, """
                {"provider": "luma", "projectId": "%s", "photoIds": ["%s"],
                 "options": {"prompt": "Retour vers le jardin", "end_image": "%s"}}""".formatted(project, end, start));
        assertThat(byId.statusCode()).as(byId.body()).isEqualTo(202);
        var second = script.read(byId).get("generationIds").get(0).asString();
        awaitSucceeded(second);
        assertThat(endFrameOf(second)).isEqualTo(originalOf(start));
    }

    @Test
    void anImageOptionThatIsNeitherAPhotoOfTheProjectNorAnAddressIsRefusedWithWhatToSend() {
        var nonsense = script.post("/api/v1/generations", key, """
                {"provider": "luma", "imageUrls": ["%s"], "options": {"prompt": "Vue", "end_image": "last.jpg"}}"""
                .formatted(script.url("/image.jpg")));
        var photoOfANewProject = script.post("/api/v1/generations", key, """
                {"provider": "luma", "imageUrls": ["%s"], "options": {"prompt": "Vue", "end_image": "%s"}}"""
                .formatted(script.url("/image.jpg"), UUID.randomUUID()));

        for (var refused : java.util.List.of(nonsense, photoOfANewProject)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(script.read(refused).get("field").asString()).isEqualTo("end_image");
            assertThat(script.read(refused).get("message").asString()).contains("GET /api/v1/projects/<id>/photos");
        }
        var endImage = lumaOptions().filter(option -> option.get("key").asString().equals("end_image")).findFirst().orElseThrow();
        assertThat(endImage.get("type").asString()).isEqualTo("IMAGE");
        assertThat(endImage.get("accepts").asString()).contains("photo of the project", "image URL");
    }

    @Test
    void eachPhotoMayBeDescribedItsOwnWayAndTheProvidersListSaysWhichOptionsTakeThat() {
        var made = script.post("/api/v1/generations", key, """
                {"provider": "luma", "imageUrls": ["%s", "%s"], "projectName": "Villa Azur",
                 "options": {"prompt": "Travelling avant"}}""".formatted(script.url("/image.jpg"), script.url("/image.jpg")));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(202);
        var project = script.read(made).get("projectId").asString();
        var photos = script.read(script.get("/api/v1/projects/" + project + "/photos", key));
        var first = photos.get(0).get("id").asString();
        var second = photos.get(1).get("id").asString();

        var own = script.post("/api/v1/generations", key, """
                {"provider": "luma", "projectId": "%s", "photoIds": ["%s", "%s"], "options": {"prompt": "Vue du salon"},
                 "photoOptions": {"%s": {"prompt": "Vue de la terrasse"}}}""".formatted(project, first, second, second));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(202);
        var ids = script.read(own).get("generationIds");
        assertThat(promptOf(ids.get(0).asString())).isEqualTo("Vue du salon");
        assertThat(promptOf(ids.get(1).asString())).isEqualTo("Vue de la terrasse");

        var notPerPhoto = script.post("/api/v1/generations", key, """
                {"provider": "luma", "projectId": "%s", "photoIds": ["%s"], "options": {"prompt": "Vue"},
                 "photoOptions": {"%s": {"aspect_ratio": "9:16"}}}""".formatted(project, first, first));
        var byAddress = script.post("/api/v1/generations", key, """
                {"provider": "luma", "imageUrls": ["%s"], "options": {"prompt": "Vue"},
                 "photoOptions": {"%s": {"prompt": "Vue"}}}""".formatted(script.url("/image.jpg"), first));
        for (var refused : java.util.List.of(notPerPhoto, byAddress)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(script.read(refused).get("field").asString()).isEqualTo("photoOptions");
        }
        assertThat(script.read(notPerPhoto).get("message").asString()).contains("photo by photo");
        var perPhoto = lumaOptions().filter(option -> option.get("perPhoto").asBoolean()).map(option -> option.get("key").asString())
                .toList();
        assertThat(perPhoto).containsExactly("prompt");
    }

    /** Luma's options, as the providers list gives them. */
    private java.util.stream.Stream<tools.jackson.databind.JsonNode> lumaOptions() {
        var providers = script.read(script.get("/api/v1/providers", key));
        var luma = java.util.stream.StreamSupport.stream(providers.spliterator(), false)
                .filter(provider -> provider.get("id").asString().equals("luma")).findFirst().orElseThrow();
        return java.util.stream.StreamSupport.stream(luma.get("options").spliterator(), false);
    }

    private String promptOf(String generation) {
        return script.read(script.get("/api/v1/generations/" + generation, key)).get("options").get("prompt").asString();
    }

    private void awaitSucceeded(String id) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(script.read(script.get("/api/v1/generations/" + id, key)).get("state").asString()).isEqualTo("SUCCEEDED"));
    }

    private String endFrameOf(String generation) {
        var options = jdbc.sql("SELECT options FROM generation WHERE id = ?").param(UUID.fromString(generation))
                .query(String.class).single();
        var matcher = java.util.regex.Pattern.compile("\"end_image\"\\s*:\\s*\"([^\"]+)\"").matcher(options);
        assertThat(matcher.find()).as(options).isTrue();
        return matcher.group(1);
    }

    private String originalOf(String photo) {
        return jdbc.sql("SELECT original_id FROM media_photo WHERE id = ?").param(UUID.fromString(photo))
                .query(UUID.class).single().toString();
    }
}
