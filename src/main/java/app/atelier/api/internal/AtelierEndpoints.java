package app.atelier.api.internal;

import app.atelier.credits.Credits;
import app.atelier.generation.Generations;
import app.atelier.project.Projects;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.OptionSpec;
import app.atelier.provider.Providers;
import app.atelier.shared.GenerationId;
import app.atelier.shared.ProjectId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Atelier's own API: projects, generations with any provider and option the wizard offers, credits. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Atelier", description = "Atelier's own endpoints")
@SecurityRequirement(name = "x-api-key")
@SecurityRequirement(name = "bearer")
class AtelierEndpoints {

    static final int MAX_PAGE = 100;
    static final int MAX_PHOTOS = 20;

    private final Projects projects;
    private final ApiGenerations generations;
    private final GenerationReplies replies;
    private final ApiRefusals refusals;
    private final Credits credits;
    private final Providers providers;
    private final Generations projectGenerations;

    AtelierEndpoints(Projects projects, ApiGenerations generations, GenerationReplies replies, ApiRefusals refusals, Credits credits,
                     Providers providers, Generations projectGenerations) {
        this.projects = projects;
        this.generations = generations;
        this.replies = replies;
        this.refusals = refusals;
        this.credits = credits;
        this.providers = providers;
        this.projectGenerations = projectGenerations;
    }

    @Operation(summary = "The team's projects, newest first")
    @GetMapping("/projects")
    ResponseEntity<?> projects(@Parameter(example = "0") @RequestParam(defaultValue = "0") int page,
                               @Parameter(example = "20") @RequestParam(defaultValue = "20") int size) {
        var paging = paging(page, size);
        if (paging.isPresent()) {
            return refusals.refuse(paging.get());
        }
        var all = projects.list();
        return ResponseEntity.ok(new V1Bodies.Page<>(slice(all, page, size).stream().map(V1Bodies.Project::of).toList(),
                page, size, all.size()));
    }

    @Operation(summary = "A project's photos, in the order they were added: their ids are what photoIds and image options take")
    @GetMapping("/projects/{projectId}/photos")
    ResponseEntity<?> projectPhotos(@PathVariable UUID projectId) {
        return projects.find(ProjectId.of(projectId)).<ResponseEntity<?>>map(found -> ResponseEntity.ok(found.photos().stream()
                        .map(V1Bodies.Photo::of).toList()))
                .orElseGet(() -> refusals.refuse(HttpStatus.NOT_FOUND, "not_found", "projectId", "api.error.no-project"));
    }

    @Operation(summary = "A project's generations, newest first")
    @GetMapping("/projects/{projectId}/generations")
    ResponseEntity<?> projectGenerations(@PathVariable UUID projectId,
                                         @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "20") int size) {
        var paging = paging(page, size);
        if (paging.isPresent()) {
            return refusals.refuse(paging.get());
        }
        if (projects.name(ProjectId.of(projectId)).isEmpty()) {
            return refusals.refuse(HttpStatus.NOT_FOUND, "not_found", "projectId", "api.error.no-project");
        }
        var all = projectGenerations.ofProject(ProjectId.of(projectId));
        return ResponseEntity.ok(new V1Bodies.Page<>(slice(all, page, size).stream().map(replies::v1).toList(),
                page, size, all.size()));
    }

    @Operation(summary = "A generation: its state, progress and, once it succeeded, expiring links to its files")
    @GetMapping("/generations/{generationId}")
    ResponseEntity<?> generation(@PathVariable UUID generationId) {
        return generations.find(GenerationId.of(generationId)).<ResponseEntity<?>>map(found -> ResponseEntity.ok(replies.v1(found)))
                .orElseGet(() -> refusals.refuse(ApiRefusal.notFound("generationId")));
    }

    record GenerationAsk(
            @Schema(example = "local", description = "A provider's id (GET /api/v1/providers)") @Nullable String provider,
            @Schema(example = "CAMERA_MOTION", description = "What to make, when the provider makes more than one thing")
            @Nullable String kind,
            @Schema(description = "The provider's options; left out ones take its defaults. An IMAGE option (Luma's "
                    + "end_image, the last frame) takes a photo of the project by its id (GET /api/v1/projects/{id}/photos) "
                    + "or an image URL, imported into the project like the photos; an exterior's zone comes as maskUrl",
                    example = "{\"motion\": \"PAN_LEFT\", \"format\": \"PORTRAIT\", \"duration\": \"10\"}")
            @Nullable Map<String, String> options,
            @Schema(description = "Photos at web addresses, imported into a new project (one generation each)",
                    example = "[\"https://exemple.com/sejour.jpg\"]") @Nullable List<String> imageUrls,
            @Schema(description = "The new project's name (with imageUrls)", example = "Villa Les Oliviers") @Nullable String projectName,
            @Schema(description = "A project of the team (with photoIds)") @Nullable UUID projectId,
            @Schema(description = "Photos of that project, one generation each") @Nullable List<UUID> photoIds,
            @Schema(description = "By photo of photoIds, the values it takes instead of options' for the options the "
                    + "provider takes per photo (perPhoto in GET /api/v1/providers: a camera motion, a description)",
                    example = "{\"0b6f3c1e-8d0a-4e55-9a57-2f3c1d9e4b21\": {\"motion\": \"ORBIT_LEFT\"}}")
            @Nullable Map<UUID, Map<String, String>> photoOptions,
            @Schema(description = "An exterior's zone: white = create, the photo's size") @Nullable String maskUrl,
            @Schema(description = "An earlier generation this one continues (a variation, a Luma extension); its photo and "
                    + "project are used when no photo is given") @Nullable UUID continues,
            @Schema(example = "https://exemple.com/webhooks/atelier") @Nullable String webhook) {
    }

    @Operation(summary = "Ask for generations: one per photo, with any provider and option the wizard offers",
            description = "202 with the generations' ids; 402 when the member's credits do not suffice; 400 naming the field at fault.")
    @PostMapping("/generations")
    ResponseEntity<?> generate(@RequestBody(required = false) @Nullable GenerationAsk body, HttpServletRequest request) {
        var ask = body == null ? new GenerationAsk(null, null, null, null, null, null, null, null, null, null, null) : body;
        if (ask.provider() == null || ask.provider().isBlank()) {
            return refusals.refuse(ApiRefusal.invalid("provider", "api.error.required", "provider"));
        }
        var provider = providers.find(ask.provider().strip());
        if (provider.isEmpty()) {
            return refusals.refuse(ApiRefusal.invalid("provider", "api.error.provider", ask.provider()));
        }
        var kinds = provider.get().capabilities().kinds();
        var kind = ask.kind() == null ? Optional.of(kinds.iterator().next())
                : Arrays.stream(GenerationKind.values()).filter(one -> one.name().equalsIgnoreCase(ask.kind().strip()))
                .filter(kinds::contains).findFirst();
        if (kind.isEmpty() || (ask.kind() == null && kinds.size() > 1)) {
            return refusals.refuse(ApiRefusal.invalid("kind", "api.error.kind",
                    String.join(", ", kinds.stream().map(Enum::name).sorted().toList())));
        }
        var imageUrls = Optional.ofNullable(ask.imageUrls()).orElse(List.of()).stream()
                .filter(url -> url != null && !url.isBlank()).map(String::strip).toList();
        var photoIds = Optional.ofNullable(ask.photoIds()).orElse(List.of());
        var projectId = ProjectId.ofNullable(ask.projectId());
        if (imageUrls.isEmpty() && photoIds.isEmpty() && ask.continues() != null) {
            var earlier = generations.find(GenerationId.of(ask.continues()));
            if (earlier.isEmpty()) {
                return refusals.refuse(ApiRefusal.notFound("continues"));
            }
            photoIds = List.of(earlier.get().photoId());
            projectId = earlier.get().projectId();
        }
        if (imageUrls.isEmpty() == photoIds.isEmpty()) {
            return refusals.refuse(ApiRefusal.invalid("imageUrls", "api.error.photos"));
        }
        if (!imageUrls.isEmpty() && projectId != null) {
            return refusals.refuse(ApiRefusal.invalid("projectId", "api.error.urls-new-project"));
        }
        if (!imageUrls.isEmpty() && ask.photoOptions() != null && !ask.photoOptions().isEmpty()) {
            return refusals.refuse(ApiRefusal.invalid("photoOptions", "api.error.photo-options-urls"));
        }
        if (imageUrls.size() > MAX_PHOTOS || photoIds.size() > MAX_PHOTOS) {
            return refusals.refuse(ApiRefusal.invalid(imageUrls.isEmpty() ? "photoIds" : "imageUrls", "api.error.too-many", MAX_PHOTOS));
        }
        var name = ask.projectName() == null || ask.projectName().isBlank()
                ? IaCreaEndpoints.projectName(imageUrls.isEmpty() ? "" : imageUrls.getFirst()) : ask.projectName().strip();
        var apiAsk = new ApiAsk(ApiEndpoint.V1, projectId, name, imageUrls, photoIds, provider.get().id(), kind.get(),
                Optional.ofNullable(ask.options()).orElse(Map.of()), blankToNull(ask.maskUrl()), null, GenerationId.ofNullable(ask.continues()),
                blankToNull(ask.webhook()), Map.of("photos", imageUrls.isEmpty() ? "photoIds" : "imageUrls",
                "project", "projectId", "project_name", "projectName", "project_id", "projectId", "mask_url", "maskUrl",
                "image_urls", "imageUrls"), Optional.ofNullable(ask.photoOptions()).orElse(Map.of()));
        return switch (generations.start(apiAsk, IaCreaEndpoints.caller(request))) {
            case ApiGenerations.Outcome.Started started -> ResponseEntity.status(HttpStatus.ACCEPTED)
                    .body(new V1Bodies.Started(started.projectId().value(),
                            started.generationIds().stream().map(GenerationId::value).toList(),
                            generations.remaining(started.currency())));
            case ApiGenerations.Outcome.Refused refused -> refusals.refuse(refused.refusal());
        };
    }

    @Operation(summary = "The member's credits: available, reserved by generations under way, spent")
    @GetMapping("/credits")
    V1Bodies.Credits credits() {
        var mine = credits.mine();
        return new V1Bodies.Credits(V1Bodies.Credit.of(mine.video()), V1Bodies.Credit.of(mine.photo()));
    }

    @Operation(summary = "The providers and their options, as the wizard offers them")
    @GetMapping("/providers")
    List<V1Bodies.ProviderOptions> providers() {
        return providers.all().stream().map(provider -> new V1Bodies.ProviderOptions(provider.id(),
                refusals.say(provider.nameKey()), provider.capabilities().kinds().stream().map(Enum::name).sorted().toList(),
                provider.available(), provider.sandboxed(),
                provider.capabilities().options().stream().map(this::option).toList())).toList();
    }

    private V1Bodies.Option option(OptionSpec spec) {
        var accepts = switch (spec.type()) {
            case IMAGE -> refusals.say(spec.key().equals(ApiGenerations.MASK) ? "api.option.mask" : "api.option.image");
            case POINT -> refusals.say("api.option.point");
            default -> null;
        };
        return new V1Bodies.Option(spec.key(), spec.type().name(), spec.required(), spec.defaultValue(),
                spec.type() == OptionSpec.Type.CHOICE || spec.type() == OptionSpec.Type.FLAG ? spec.values() : null,
                spec.type() == OptionSpec.Type.TEXT ? spec.maxLength() : null, accepts, spec.perPhoto());
    }

    private static Optional<ApiRefusal> paging(int page, int size) {
        if (page < 0) {
            return Optional.of(ApiRefusal.invalid("page", "api.error.page"));
        }
        if (size < 1 || size > MAX_PAGE) {
            return Optional.of(ApiRefusal.invalid("size", "api.error.size-param", MAX_PAGE));
        }
        return Optional.empty();
    }

    private static <T> List<T> slice(List<T> all, int page, int size) {
        long from = (long) page * size;
        return from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + size));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
