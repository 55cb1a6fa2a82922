package app.atelier.api;

import app.atelier.account.Role;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The curl examples of IA Créa's pages (the animation and exterior pages, docs/vendors.md), word for word but for the base URL,
 * the key, the user's id and the photos' host, sent to Atelier: each succeeds with the documented
 * shape; then every way a request can be wrong, each refused with its status, field and message, and
 * nothing left behind.
 */
@ApiTest
class IaCreaApiTest extends ScriptTest {

    /** The animation page: "Exemple de requête" of /api/animation/v2/generate. */
    static final String ANIMATION_EXAMPLE = """
            {
              "user_id": "uuid",
              "image_urls": ["https://exemple.com/image.jpg"],
              "option": "ZOOM_OUT",
              "prompt": "Élégant salon moderne",
              "format": "portrait"
            }""";
    /** The animation and exterior pages: the body of both /get examples. */
    static final String GET_EXAMPLE = """
            {
              "user_id": "uuid",
              "generation_id": "uuid"
            }""";
    /** The exterior page: /api/create_exterior/generate. */
    static final String EXTERIOR_EXAMPLE = """
            {
            "user_id": "uuid",
            "image_url": "https://exemple.com/image.jpg",
            "mask_url": "https://exemple.com/masque.png",
            "room_type": "TERRACE",
            "width": 1024,
            "height": 768
            }""";
    /** The exterior page: /api/create_exterior/generate-variation. */
    static final String VARIATION_EXAMPLE = """
            {
            "user_id": "uuid",
            "generation_id": "uuid",
            "original_url": "https://exemple.com/image.jpg",
            "mask_url": "https://exemple.com/nouveau-masque.png",
            "room_type": "POOL"
            }""";
    static final Set<String> ANIMATION_STATES = Set.of("STARTING", "IN_PROGRESS", "SUCCEEDED");
    static final Set<String> EXTERIOR_STATES = Set.of("STARTING", "PROCESSING", "SUCCEEDED");

    @Override
    Language language() {
        return Language.ENGLISH;
    }

    @Override
    int videoCredits() {
        return 5;
    }

    @Override
    int photoCredits() {
        return 5;
    }

    /** The example with its placeholders filled: the member's id, a generation's id, our photo server. */
    String example(String body, String generationId) {
        return body.replace("\"user_id\": \"uuid\"", "\"user_id\": \"" + member.memberId() + "\"")
                .replace("\"generation_id\": \"uuid\"", "\"generation_id\": \"" + generationId + "\"")
                .replace("https://exemple.com", script.url(""));
    }

    @Test
    void theAnimationExamplesMakeAVideoAScriptCanDownload() {
        var generated = script.post("/api/animation/v2/generate", key, example(ANIMATION_EXAMPLE, ""));

        assertThat(generated.statusCode()).as(generated.body()).isEqualTo(200);
        var answer = script.read(generated);
        assertThat(answer.propertyNames()).containsExactly("generation_id", "remaining_videos", "project_id");
        var generationId = UUID.fromString(answer.get("generation_id").asString());
        assertThat(answer.get("remaining_videos").isNumber()).isTrue();
        // the local engine costs no credit
        assertThat(answer.get("remaining_videos").asInt()).isEqualTo(5);
        var projectId = UUID.fromString(answer.get("project_id").asString());
        assertThat(jdbc.sql("SELECT name FROM project WHERE id = ?").param(projectId).query(String.class).single())
                .isEqualTo("API · image.jpg");
        assertThat(jdbc.sql("SELECT via_api FROM generation WHERE id = ?").param(generationId).query(Boolean.class).single())
                .isTrue();

        var done = poll("/api/animation/v2/get", generationId, ANIMATION_STATES);

        assertThat(done.propertyNames()).containsExactly("status", "urls");
        var url = done.get("urls").get(0).asString();
        assertThat(url).startsWith("http://localhost:8080/public/media/").endsWith("/" + generationId + ".mp4");
        var video = script.download(url);
        assertThat(new String(video, 4, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("ftyp");
        assertThat(video.length).isGreaterThan(10_000);
        // the engine honoured "portrait": 768x1280
        assertThat(jdbc.sql("SELECT width || 'x' || height FROM generation_result WHERE generation_id = ?")
                .param(generationId).query(String.class).single()).isEqualTo("768x1280");
    }

    @Test
    void theExteriorExamplesMakeAnImageAndAVariationOfIt() {
        var generated = script.post("/api/create_exterior/generate", key, example(EXTERIOR_EXAMPLE, ""));

        assertThat(generated.statusCode()).as(generated.body()).isEqualTo(200);
        var answer = script.read(generated);
        assertThat(answer.propertyNames()).containsExactly("generation_id", "remaining_photos", "project_id");
        assertThat(answer.get("remaining_photos").asInt()).isEqualTo(4);
        var first = UUID.fromString(answer.get("generation_id").asString());
        var done = poll("/api/create_exterior/get", first, EXTERIOR_STATES);
        assertThat(done.propertyNames()).containsExactly("status", "urls", "variationNumber");
        assertThat(done.get("variationNumber").asInt()).isZero();
        assertThat(script.download(done.get("urls").get(0).asString())).isNotEmpty();

        var varied = script.post("/api/create_exterior/generate-variation", key, example(VARIATION_EXAMPLE, first.toString()));

        assertThat(varied.statusCode()).as(varied.body()).isEqualTo(200);
        assertThat(script.read(varied).propertyNames()).containsExactly("generation_id");
        var variation = UUID.fromString(script.read(varied).get("generation_id").asString());
        var variationDone = poll("/api/create_exterior/get", variation, EXTERIOR_STATES);
        assertThat(variationDone.get("variationNumber").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT continues_id FROM generation WHERE id = ?").param(variation).query(UUID.class).single())
                .isEqualTo(first);
        assertThat(jdbc.sql("SELECT options FROM generation WHERE id = ?").param(variation).query(String.class).single())
                .contains("\"exterior\":\"POOL\"");
    }

    @Test
    void userIdMayBeLeftOutAndTheBearerHeaderWorksToo() {
        var body = example(ANIMATION_EXAMPLE, "").replace("\"user_id\": \"" + member.memberId() + "\",", "");
        var response = script.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(script.base() + "/api/animation/v2/generate"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no image_urls                 | "image_urls": ["https://exemple.com/image.jpg"],  |                                        | 400 | image_urls
            empty image_urls              | ["https://exemple.com/image.jpg"]                  | []                                     | 400 | image_urls
            no option                     | "option": "ZOOM_OUT",                              |                                        | 400 | option
            an unknown option             | ZOOM_OUT                                           | DOLLY_ZOOM                             | 400 | option
            AUTO_EFFECTS on the engine    | ZOOM_OUT                                           | AUTO_EFFECTS                           | 400 | option
            a private photo address       | https://exemple.com/image.jpg                      | http://10.0.0.12/image.jpg             | 400 | image_urls
            a photo that is not there     | https://exemple.com/image.jpg                      | https://exemple.com/absente.jpg        | 400 | image_urls
            a photo too small             | https://exemple.com/image.jpg                      | https://exemple.com/vignette.jpg       | 400 | image_urls
            another member's user_id      | "user_id": "uuid"                                  | "user_id": "0190a3c0-0000-7000-8000-00000000beef" | 403 | user_id
            a private webhook             | "format": "portrait"                               | "format": "portrait", "webhook": "http://192.168.1.20/hook" | 400 | webhook
            a webhook on this machine     | "format": "portrait"                               | "format": "portrait", "webhook": "http://127.0.0.1:9/hook" | 400 | webhook
            a webhook that is no address  | "format": "portrait"                               | "format": "portrait", "webhook": "ftp://exemple.com/hook" | 400 | webhook
            """)
    void aWrongAnimationRequestIsRefusedAndLeavesNothing(String what, String replaced, String by, int status, String field) {
        long projectsBefore = count("project");
        long photosBefore = count("media_photo");
        var body = ANIMATION_EXAMPLE.replace(replaced, by == null ? "" : by);

        var response = script.post("/api/animation/v2/generate", key, example(body, ""));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        var error = script.read(response);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("message").asString()).isNotBlank().doesNotContain("api.error");
        assertThat(count("project")).isEqualTo(projectsBefore);
        assertThat(count("media_photo")).isEqualTo(photosBefore);
        assertThat(credits.available(member.memberId(), CreditCurrency.VIDEO)).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no image_url              | "image_url": "https://exemple.com/image.jpg",   |                                       | image_url
            no mask_url               | "mask_url": "https://exemple.com/masque.png",   |                                       | mask_url
            no room_type              | "room_type": "TERRACE",                          |                                       | room_type
            an unknown room_type      | TERRACE                                          | GARAGE                                | room_type
            no width                  | "width": 1024,                                   |                                       | width
            a width of zero           | "width": 1024                                    | "width": 0                            | width
            the wrong size            | "width": 1024                                    | "width": 1280                         | width
            a mask of another size    | masque.png                                       | petit-masque.png                      | mask_url
            a mask that is not there  | masque.png                                       | absent.png                            | mask_url
            """)
    void aWrongExteriorRequestIsRefusedAndLeavesNothing(String what, String replaced, String by, String field) {
        long projectsBefore = count("project");
        long photosBefore = count("media_photo");
        long filesBefore = count("media_asset");

        var response = script.post("/api/create_exterior/generate", key,
                example(EXTERIOR_EXAMPLE.replace(replaced, by == null ? "" : by), ""));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(script.read(response).get("field").asString()).isEqualTo(field);
        assertThat(count("project")).isEqualTo(projectsBefore);
        assertThat(count("media_photo")).isEqualTo(photosBefore);
        assertThat(count("media_asset")).isEqualTo(filesBefore);
        assertThat(credits.available(member.memberId(), CreditCurrency.PHOTO)).isEqualTo(5);
    }

    @Test
    void notEnoughCreditsIsA402BeforeAnythingIsFetched() {
        var poor = accounts.member(Role.MEMBER, Language.FRENCH, "Sans Crédit");
        var poorKey = ScriptClient.keyOf(keys, poor, "script");
        long projectsBefore = count("project");
        int fetchesBefore = script.files.getRequestCount();

        var response = script.post("/api/create_exterior/generate", poorKey,
                EXTERIOR_EXAMPLE.replace("\"user_id\": \"uuid\",", "").replace("https://exemple.com", script.url("")));

        assertThat(response.statusCode()).isEqualTo(402);
        var error = script.read(response);
        assertThat(error.get("code").asString()).isEqualTo("not_enough_credits");
        assertThat(error.get("message").asString()).isEqualTo("Crédits photo insuffisants : 1 nécessaires, 0 disponibles.");
        assertThat(count("project")).isEqualTo(projectsBefore);
        assertThat(script.files.getRequestCount()).isEqualTo(fetchesBefore);
    }

    @Test
    void aViewerReadsButCannotGenerate() {
        var viewer = accounts.member(Role.VIEWER, Language.ENGLISH, "Reviewer");
        var viewerKey = ScriptClient.keyOf(keys, viewer, "reports");

        var response = script.post("/api/animation/v2/generate", viewerKey, example(ANIMATION_EXAMPLE, "")
                .replace("\"user_id\": \"" + member.memberId() + "\",", ""));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(script.read(response).get("code").asString()).isEqualTo("forbidden");
        assertThat(script.get("/api/v1/credits", viewerKey).statusCode()).isEqualTo(200);
    }

    @Test
    void getRefusesWhatItCannotAnswer() {
        var missing = script.post("/api/animation/v2/get", key, "{}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(script.read(missing).get("field").asString()).isEqualTo("generation_id");

        var unknown = script.post("/api/animation/v2/get", key, example(GET_EXAMPLE, UUID.randomUUID().toString()));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(script.read(unknown).get("message").asString()).isEqualTo("There is no such generation in your team.");

        var notAnId = script.post("/api/create_exterior/get", key, example(GET_EXAMPLE, "uuid"));
        assertThat(notAnId.statusCode()).isEqualTo(404);

        var broken = script.post("/api/animation/v2/get", key, "{\"generation_id\": ");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(script.read(broken).get("code").asString()).isEqualTo("invalid_json");

        var variationOfNothing = script.post("/api/create_exterior/generate-variation", key,
                example(VARIATION_EXAMPLE, UUID.randomUUID().toString()));
        assertThat(variationOfNothing.statusCode()).isEqualTo(404);
        assertThat(script.read(variationOfNothing).get("field").asString()).isEqualTo("generation_id");
    }

    @Test
    void requestsWithoutAGoodKeyAre401InJson() {
        var none = script.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(script.base() + "/api/animation/v2/get"))
                .header("Content-Type", "application/json").header("Accept-Language", "fr")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(GET_EXAMPLE)).build());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(script.read(none).get("code").asString()).isEqualTo("missing_api_key");
        assertThat(script.read(none).get("message").asString()).startsWith("Une clé d’API est nécessaire");

        var wrong = script.post("/api/animation/v2/get", "atl_" + "x".repeat(43), GET_EXAMPLE);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(script.read(wrong).get("code").asString()).isEqualTo("invalid_api_key");

        var vendorsKey = script.post("/api/animation/v2/get", "VOTRE_API_KEY", GET_EXAMPLE);
        assertThat(vendorsKey.statusCode()).isEqualTo(401);
    }

    /** Polls like a script (once a second) until SUCCEEDED, every answer in the documented words. */
    JsonNode poll(String path, UUID generationId, Set<String> allowed) {
        var last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            var response = script.post(path, key, example(GET_EXAMPLE, generationId.toString()));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            last[0] = script.read(response);
            assertThat(last[0].get("status").asString()).isIn(allowed);
            assertThat(last[0].get("status").asString()).isEqualTo("SUCCEEDED");
        });
        return last[0];
    }

    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
