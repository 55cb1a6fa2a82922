package app.atelier.api;

import app.atelier.TestProjects;
import app.atelier.shared.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A script makes a listing film: reads the first storyboard, replaces it (refused with the part at
 * fault, then accepted), and makes the film in 1:1; the film is a generation it follows like any other.
 */
@ApiTest
class FilmApiTest extends ScriptTest {

    @Autowired
    TestProjects projects;

    @Override
    Language language() {
        return Language.ENGLISH;
    }

    @Override
    int videoCredits() {
        return 0;
    }

    @Override
    int photoCredits() {
        return 0;
    }

    @Test
    void aScriptReadsReplacesAndMakesTheFilm() {
        var project = projects.project(member.teamId(), "Villa Azur", 2);
        var photos = projects.photosOf(project);

        var first = script.get("/api/v1/projects/" + project + "/film", key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(script.read(first).get("shots").size()).isEqualTo(2);
        assertThat(script.read(first).get("opening").get("title").asString()).isEqualTo("Villa Azur");

        var tooLong = put(project.toString(), """
                {"format": "SQUARE", "transition": "DIP_TO_BLACK", "transitionMillis": 500,
                 "shots": [{"kind": "PHOTO", "source": "%s", "motion": "PAN_LEFT", "millis": 9000}]}""".formatted(photos.get(0)));
        assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
        assertThat(script.read(tooLong).get("field")).as(tooLong.body()).isNotNull();
        assertThat(script.read(tooLong).get("field").asString()).isEqualTo("shots.0");
        assertThat(script.read(tooLong).get("message").asString()).contains("2 to 8 s");

        var saved = put(project.toString(), """
                {"format": "SQUARE", "transition": "DIP_TO_BLACK", "transitionMillis": 500,
                 "shots": [{"kind": "PHOTO", "source": "%s", "motion": "PAN_LEFT", "millis": 3000, "caption": "Terrace", "sound": true},
                           {"kind": "PHOTO", "source": "%s", "motion": "ZOOM_OUT", "millis": 2500}],
                 "opening": {"title": "Villa Azur", "price": 890000},
                 "closing": {"agency": "Azur Immobilier", "dpe": "B"}}""".formatted(photos.get(0), photos.get(1)));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(script.read(saved).get("shots").get(0).get("caption").asString()).isEqualTo("Terrace");
        assertThat(script.read(saved).get("shots").get(0).get("sound").asBoolean()).as("a photo has no sound to keep").isFalse();

        var made = script.post("/api/v1/projects/" + project + "/film/renders", key, "{\"format\": \"feed\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(202);
        var film = script.read(made).get("generationIds").get(0).asString();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(script.read(script.get("/api/v1/generations/" + film, key)).get("state").asString()).isEqualTo("SUCCEEDED"));
        var done = script.read(script.get("/api/v1/generations/" + film, key));
        assertThat(done.get("kind").asString()).isEqualTo("FILM");
        assertThat(done.get("options").get("format").asString()).isEqualTo("FEED");

        var nonsense = script.post("/api/v1/projects/" + project + "/film/renders", key, "{\"format\": \"CINEMASCOPE\"}");
        assertThat(nonsense.statusCode()).isEqualTo(400);
        assertThat(script.read(nonsense).get("field").asString()).isEqualTo("format");
        assertThat(script.get("/api/v1/projects/" + java.util.UUID.randomUUID() + "/film", key).statusCode()).isEqualTo(404);
    }

    private java.net.http.HttpResponse<String> put(String project, String body) {
        return script.send(HttpRequest.newBuilder(URI.create(script.base() + "/api/v1/projects/" + project + "/film"))
                .header("x-api-key", key).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
