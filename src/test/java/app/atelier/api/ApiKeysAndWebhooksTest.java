package app.atelier.api;

import app.atelier.account.Role;
import app.atelier.shared.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Keys as a script meets them (revoked or deactivated: refused at once; one team's key sees nothing of
 * another's; the rate limit), the webhooks Atelier calls back (retried, signed, given up), and
 * Atelier's own /api/v1 with its documentation.
 */
@ApiTest
class ApiKeysAndWebhooksTest extends ScriptTest {

    @Autowired
    ApiWebhooks webhooks;

    @Autowired
    GivenUpWebhooks givenUp;

    @Override
    Language language() {
        return Language.FRENCH;
    }

    @Override
    int videoCredits() {
        return 0;
    }

    @Override
    int photoCredits() {
        return 3;
    }

    String animation(String webhook) {
        return """
                {"image_urls": ["%s"], "option": "PAN_LEFT", "format": "paysage"%s}"""
                .formatted(script.url("/image.jpg"), webhook == null ? "" : ", \"webhook\": \"" + webhook + "\"");
    }

    UUID generate(String webhook) {
        var response = script.post("/api/animation/v2/generate", key, animation(webhook));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return UUID.fromString(script.read(response).get("generation_id").asString());
    }

    @Test
    void aWriteTheDatabaseRefusesAnswersInTheApisShapeWithAReferenceAndLeavesNothing() {
        // NOCHECK: the generations earlier tests made are left as they are (the API's tests run on H2)
        jdbc.sql("ALTER TABLE generation ADD CONSTRAINT refuses_for_the_test CHECK (provider_id <> 'local') NOCHECK").update();
        try {
            var asked = script.post("/api/v1/generations", key, """
                    {"provider": "local", "imageUrls": ["%s"], "projectName": "Mas Refusé",
                     "options": {"motion": "ZOOM_IN", "format": "SQUARE", "duration": "5"}}""".formatted(script.url("/image.jpg")));

            assertThat(asked.statusCode()).isEqualTo(500);
            var answer = script.read(asked);
            assertThat(answer.get("code").asString()).isEqualTo("internal_error");
            assertThat(answer.get("message").asString()).startsWith("Une erreur inattendue s’est produite du côté d’Atelier.")
                    .containsPattern("la référence [2-9A-HJKMNP-Z]{8}")
                    .doesNotContain("refuses_for_the_test", "SQL", "Exception");
        } finally {
            jdbc.sql("ALTER TABLE generation DROP CONSTRAINT refuses_for_the_test").update();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM project WHERE name = 'Mas Refusé'").query(Long.class).single())
                .as("the project made for the request is gone").isZero();
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedUnread() {
        var megabyte = "{\"provider\": \"local\", \"projectName\": \"" + "x".repeat(1_000_000) + "\"}";

        var said = script.post("/api/v1/generations", key, megabyte);
        var streamed = script.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(script.base() + "/api/v1/generations"))
                .header("x-api-key", key).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() ->
                        new java.io.ByteArrayInputStream(megabyte.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build());

        for (var response : List.of(said, streamed)) {
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(script.read(response).get("code").asString()).isEqualTo("body_too_large");
            assertThat(script.read(response).get("message").asString()).isEqualTo("Le corps de la requête est trop volumineux : 256 Ko au plus.");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM project WHERE LENGTH(name) > 1000").query(Long.class).single()).isZero();
    }

    @Test
    void aRevokedKeyOrADeactivatedMembersKeyStopsAtOnce() {
        assertThat(script.get("/api/v1/credits", key).statusCode()).isEqualTo(200);
        var keyId = ScriptClient.as(member, () -> keys.mine().getFirst().id());
        assertThat(ScriptClient.as(member, () -> keys.mine().getFirst().lastUsedAt())).isNotNull();

        assertThat(ScriptClient.as(member, () -> keys.revoke(keyId))).isTrue();

        var refused = script.get("/api/v1/credits", key);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(script.read(refused).get("code").asString()).isEqualTo("invalid_api_key");

        var other = ScriptClient.keyOf(keys, member, "second");
        assertThat(script.get("/api/v1/credits", other).statusCode()).isEqualTo(200);
        jdbc.sql("UPDATE member SET enabled = FALSE WHERE id = ?").param(member.memberId()).update();
        assertThat(script.get("/api/v1/credits", other).statusCode()).isEqualTo(401);
    }

    @Test
    void oneTeamsKeySeesAndTouchesNothingOfAnothers() {
        var generation = generate(null);
        var projectId = jdbc.sql("SELECT project_id FROM generation WHERE id = ?").param(generation).query(UUID.class).single();
        var photoId = jdbc.sql("SELECT photo_id FROM generation WHERE id = ?").param(generation).query(UUID.class).single();
        var rivalAdmin = accounts.memberOf(accounts.otherTeam(), Role.ADMIN);
        var rivalKey = ScriptClient.keyOf(keys, rivalAdmin, "concurrent");

        assertThat(script.get("/api/v1/generations/" + generation, rivalKey).statusCode()).isEqualTo(404);
        assertThat(script.post("/api/animation/v2/get", rivalKey, "{\"generation_id\": \"" + generation + "\"}").statusCode())
                .isEqualTo(404);
        assertThat(script.get("/api/v1/projects/" + projectId + "/generations", rivalKey).statusCode()).isEqualTo(404);
        assertThat(script.read(script.get("/api/v1/projects?size=100", rivalKey)).get("items").toString())
                .doesNotContain(projectId.toString());
        var intrusion = script.post("/api/v1/generations", rivalKey, """
                {"provider": "local", "projectId": "%s", "photoIds": ["%s"]}""".formatted(projectId, photoId));
        assertThat(intrusion.statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM generation WHERE project_id = ?").param(projectId).query(Long.class).single())
                .isEqualTo(1);
        var keyId = ScriptClient.as(member, () -> keys.mine().getFirst().id());
        assertThat(ScriptClient.as(rivalAdmin, () -> keys.revoke(keyId))).isFalse();
        assertThat(ScriptClient.as(rivalAdmin, () -> keys.team())).noneMatch(one -> one.id().equals(keyId));
        assertThat(script.get("/api/v1/credits", key).statusCode()).isEqualTo(200);
    }

    @Test
    void eachKeyHasItsRateLimit() {
        // 60 a minute at once, then refilled evenly (one a second): count what passes before the first 429
        long started = System.nanoTime();
        int passed = 0;
        var limited = script.get("/api/v1/credits", key);
        while (limited.statusCode() == 200 && passed < 300) {
            passed++;
            limited = script.get("/api/v1/credits", key);
        }
        long elapsed = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(passed).isBetween(60, 60 + (int) elapsed + 1);
        assertThat(limited.headers().firstValue("Retry-After").map(Integer::parseInt)).hasValueSatisfying(
                seconds -> assertThat(seconds).isBetween(1, 60));
        assertThat(script.read(limited).get("code").asString()).isEqualTo("rate_limited");
        assertThat(script.read(limited).get("message").asString()).startsWith("Trop de requêtes avec cette clé");
        var another = ScriptClient.keyOf(keys, member, "another script");
        assertThat(script.get("/api/v1/credits", another).statusCode()).isEqualTo(200);
    }

    @Test
    void aWebhookIsRetriedUntilAnsweredAndSignedWithTheKeysSecret() throws Exception {
        script.webhookAnswers = new int[]{500, 200};
        var generation = generate(script.url("/webhooks/atelier"));

        var first = script.webhooks.poll(120, TimeUnit.SECONDS);
        var second = script.webhooks.poll(30, TimeUnit.SECONDS);

        assertThat(first).isNotNull();
        assertThat(second).isNotNull();
        var body = second.getBody().utf8();
        assertThat(body).startsWith("{\"status\":\"SUCCEEDED\",\"urls\":[\"http://localhost:8080/public/media/");
        var signature = second.getHeaders().get("X-Atelier-Signature");
        assertThat(signature).matches("t=\\d+,v1=[0-9a-f]{64}");
        var keyId = ScriptClient.as(member, () -> keys.mine().getFirst().id());
        var secret = ScriptClient.as(member, () -> webhooks.signingSecret(keyId)).orElseThrow();
        var timestamp = signature.substring(2, signature.indexOf(','));
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        var expected = HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        assertThat(signature).endsWith("v1=" + expected);
        assertThat(second.getHeaders().get("X-Atelier-Delivery")).isEqualTo(generation + "/2");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ScriptClient.as(member, () -> webhooks.mine(10)))
                .filteredOn(delivery -> delivery.generationId().equals(generation)).singleElement().satisfies(delivery -> {
                    assertThat(delivery.state()).isEqualTo("DELIVERED");
                    assertThat(delivery.tries()).extracting(WebhookDelivery.Attempt::status).containsExactly(500, 200);
                }));
        // another member's key does not open this key's secret
        var rival = accounts.member(Role.MEMBER, Language.FRENCH, "Autre");
        assertThat(ScriptClient.as(rival, () -> webhooks.signingSecret(keyId))).isEmpty();
    }

    @Test
    void aWebhookNobodyAnswersIsGivenUpAfterTheLastAttempt() throws Exception {
        script.webhookAnswers = new int[]{503};
        var generation = generate(script.url("/webhooks/down"));

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(script.webhooks.poll(120, TimeUnit.SECONDS)).as("attempt " + attempt).isNotNull();
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ScriptClient.as(member, () -> webhooks.mine(10)))
                .filteredOn(delivery -> delivery.generationId().equals(generation)).singleElement().satisfies(delivery -> {
                    assertThat(delivery.state()).isEqualTo("GAVE_UP");
                    assertThat(delivery.attempts()).isEqualTo(3);
                }));
        assertThat(script.webhooks.poll(1, TimeUnit.SECONDS)).isNull();
        assertThat(givenUp.heard()).as("the key's owner is told (by e-mail where it is set up)")
                .filteredOn(heard -> heard.generationId().equals(generation)).singleElement().satisfies(heard -> {
                    assertThat(heard.memberId()).isEqualTo(member.memberId());
                    assertThat(heard.keyName()).isEqualTo("CRM plug-in");
                    assertThat(heard.url()).endsWith("/webhooks/down");
                    assertThat(heard.attempts()).isEqualTo(3);
                    assertThat(heard.lastStatus()).isEqualTo(503);
                });
    }

    @Test
    void atelierOwnApiMakesGenerationsWithAnyProviderAndDocumentsItself() {
        var asked = script.post("/api/v1/generations", key, """
                {"provider": "local", "imageUrls": ["%s"], "projectName": "Villa Les Oliviers",
                 "options": {"motion": "ZOOM_IN", "format": "SQUARE", "duration": "5"}}""".formatted(script.url("/image.jpg")));

        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
        var started = script.read(asked);
        var id = started.get("generationIds").get(0).asString();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(script.read(script.get("/api/v1/generations/" + id, key)).get("state").asString()).isEqualTo("SUCCEEDED"));
        var generation = script.read(script.get("/api/v1/generations/" + id, key));
        assertThat(generation.get("viaApi").asBoolean()).isTrue();
        assertThat(generation.get("options").get("format").asString()).isEqualTo("SQUARE");
        assertThat(generation.get("results").get(0).get("type").asString()).isEqualTo("VIDEO");
        assertThat(script.download(generation.get("results").get(0).get("url").asString())).isNotEmpty();
        var projects = script.read(script.get("/api/v1/projects?page=0&size=5", key));
        assertThat(projects.get("items").get(0).get("name").asString()).isEqualTo("Villa Les Oliviers");
        assertThat(projects.get("size").asInt()).isEqualTo(5);
        assertThat(script.read(script.get("/api/v1/providers", key)).toString()).contains("\"id\":\"local\"", "ZOOM_IN");
        var balance = script.read(script.get("/api/v1/credits", key));
        assertThat(balance.get("photo").get("available").asInt()).isEqualTo(3);

        assertThat(script.post("/api/v1/generations", key, "{}").statusCode()).isEqualTo(400);
        var both = script.post("/api/v1/generations", key, """
                {"provider": "local", "imageUrls": ["%s"], "photoIds": ["%s"]}""".formatted(script.url("/image.jpg"), UUID.randomUUID()));
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(script.read(both).get("message").asString()).startsWith("Donnez soit « imageUrls »");
        var badOption = script.post("/api/v1/generations", key, """
                {"provider": "local", "imageUrls": ["%s"], "options": {"motion": "SPIN"}}""".formatted(script.url("/image.jpg")));
        assertThat(badOption.statusCode()).isEqualTo(400);
        assertThat(script.read(badOption).get("field").asString()).isEqualTo("motion");
        assertThat(script.get("/api/v1/projects?size=1000", key).statusCode()).isEqualTo(400);

        var docs = script.send(HttpRequest.newBuilder(URI.create(script.base() + "/api/docs/openapi.json")).GET().build());
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/animation/v2/generate", "/api/create_exterior/generate-variation",
                "/api/v1/generations", "x-api-key");
        var page = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();
        var swagger = page.sendAsync(HttpRequest.newBuilder(URI.create(script.base() + "/api/docs")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).join();
        assertThat(swagger.statusCode()).as(swagger.uri().toString()).isEqualTo(200);
        assertThat(swagger.body()).contains("swagger-ui");
    }
}
