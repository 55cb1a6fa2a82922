package app.atelier.api.internal;

import app.atelier.film.Films;
import app.atelier.film.Storyboard;
import app.atelier.generation.SubmitResult;
import app.atelier.render.FilmPlan;
import app.atelier.render.VideoFormat;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.GenerationId;
import app.atelier.shared.Language;
import app.atelier.shared.ProjectId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.UUID;

/** A project's listing film through the API: its storyboard, read and replaced, and the film made from it. */
@RestController
@RequestMapping(path = "/api/v1/projects/{projectId}/film", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Listing film", description = "One video of a whole listing, made on Atelier's own engine (no credit)")
@SecurityRequirement(name = "x-api-key")
@SecurityRequirement(name = "bearer")
class FilmEndpoints {

    private final Films films;
    private final ApiGenerations generations;
    private final ApiRefusals refusals;

    FilmEndpoints(Films films, ApiGenerations generations, ApiRefusals refusals) {
        this.films = films;
        this.generations = generations;
        this.refusals = refusals;
    }

    @Operation(summary = "The project's storyboard: as saved, or the first one made of its photos",
            description = "Shots (PHOTO: a photo id of the project, a motion and millis from 2000 to 8000; VIDEO: a finished "
                    + "generation of the project, fromMillis and toMillis, whole or cut around focusX/focusY, sound true to keep its own sound under the "
                    + "music), a caption each, "
                    + "the transition, the format, the opening and closing cards' fields, a music track id of the team's library.")
    @GetMapping
    ResponseEntity<?> storyboard(@PathVariable UUID projectId) {
        return films.storyboard(ProjectId.of(projectId)).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> refusals.refuse(HttpStatus.NOT_FOUND, "not_found", "projectId", "api.error.no-project"));
    }

    @Operation(summary = "Replaces the project's storyboard", description = "400 naming the first part at fault; nothing is "
            + "saved then. Left-out parts take the editor's defaults.")
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> save(@PathVariable UUID projectId, @RequestBody(required = false) @Nullable Storyboard storyboard) {
        if (storyboard == null) {
            return refusals.refuse(ApiRefusal.invalid("shots", "film.error.no-shot"));
        }
        var problems = films.save(ProjectId.of(projectId), storyboard);
        if (problems.containsKey("project")) {
            return refusals.refuse(HttpStatus.NOT_FOUND, "not_found", "projectId", "api.error.no-project");
        }
        if (!problems.isEmpty()) {
            var first = problems.entrySet().iterator().next();
            return refusals.refuse(ApiRefusal.invalid(first.getKey(), first.getValue()));
        }
        return ResponseEntity.ok(films.storyboard(ProjectId.of(projectId)).orElseThrow());
    }

    record FilmAsk(@Schema(example = "VERTICAL_HD", description = "LANDSCAPE_HD (16:9), VERTICAL_HD (9:16), SQUARE (1:1) or "
            + "FEED (4:5); the storyboard's when left out") @Nullable String format,
                   @Schema(example = "fr", description = "The cards' language: fr or en; the key owner's when left out")
                   @Nullable String language) {
    }

    @Operation(summary = "Makes the film from the saved storyboard",
            description = "202 with the film's generation id: follow it at GET /api/v1/generations/{id} like any other.")
    @PostMapping(path = "/renders", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> make(@PathVariable UUID projectId, @RequestBody(required = false) @Nullable FilmAsk ask) {
        var project = ProjectId.of(projectId);
        var storyboard = films.storyboard(project);
        if (storyboard.isEmpty()) {
            return refusals.refuse(HttpStatus.NOT_FOUND, "not_found", "projectId", "api.error.no-project");
        }
        var format = ask == null || ask.format() == null ? storyboard.get().format()
                : Arrays.stream(VideoFormat.values()).filter(FilmPlan.FORMATS::contains)
                        .filter(value -> value.name().equalsIgnoreCase(ask.format().strip())).findFirst().orElse(null);
        if (format == null) {
            return refusals.refuse(ApiRefusal.invalid("format", "film.error.format"));
        }
        var language = ask == null || ask.language() == null ? Language.of(ApiRefusals.locale())
                : Arrays.stream(Language.values()).filter(value -> value.code().equalsIgnoreCase(ask.language().strip()))
                        .findFirst().orElse(null);
        if (language == null) {
            return refusals.refuse(ApiRefusal.invalid("language", "api.error.language"));
        }
        return switch (films.make(project, format, language)) {
            case SubmitResult.Accepted accepted -> ResponseEntity.status(HttpStatus.ACCEPTED).body(new V1Bodies.Started(projectId,
                    accepted.generationIds().stream().map(GenerationId::value).toList(), generations.remaining(CreditCurrency.VIDEO)));
            case SubmitResult.Invalid invalid -> {
                var first = invalid.problems().entrySet().iterator().next();
                yield refusals.refuse(ApiRefusal.invalid(first.getKey(), first.getValue()));
            }
            case SubmitResult.NotEnoughCredits refused -> refusals.refuse(ApiRefusal.invalid("credits", "generation.error.credits",
                    refused.needed(), refused.available(), refused.currency().name()));
        };
    }
}
