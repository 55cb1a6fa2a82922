package app.atelier.api.internal;

import app.atelier.account.ApiCaller;
import app.atelier.api.ApiSettings;
import app.atelier.generation.GenerationState;
import app.atelier.generation.GenerationSummary;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.Providers;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.GenerationId;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * IA Créa's animation v2 and exterior creation endpoints, on the same paths with the same bodies and
 * answers (see {@code docs/vendors.md}), run by Atelier's pipeline: a script written for IA Créa changes
 * its base URL and key. {@code user_id} may be left out; when given it must be the key's member's id.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "IA Créa compatible", description = "IA Créa's animation v2 and exterior creation API, answered by Atelier")
@SecurityRequirement(name = "x-api-key")
@SecurityRequirement(name = "bearer")
class IaCreaEndpoints {

    private static final String PORTRAIT = "portrait";

    private final ApiGenerations generations;
    private final GenerationReplies replies;
    private final ApiRefusals refusals;
    private final ApiSettings settings;
    private final Providers providers;

    IaCreaEndpoints(ApiGenerations generations, GenerationReplies replies, ApiRefusals refusals, ApiSettings settings,
                    Providers providers) {
        this.generations = generations;
        this.replies = replies;
        this.refusals = refusals;
        this.settings = settings;
        this.providers = providers;
    }

    record AnimationAsk(
            @Schema(description = "Optional here: when given, the id of the key's member", example = "uuid")
            @JsonProperty("user_id") @Nullable String userId,
            @Schema(description = "Photos to animate; the first one is used", example = "[\"https://exemple.com/image.jpg\"]")
            @JsonProperty("image_urls") @Nullable List<String> imageUrls,
            @Schema(example = "ZOOM_OUT", description = "ZOOM_IN, ZOOM_OUT, PAN_RIGHT, PAN_LEFT, PAN_UP, PAN_DOWN, CAMERA_PUSH_OUT "
                    + "(and AUTO_EFFECTS, AUTO_REVERSE when the team runs animations with IA Créa)")
            @Nullable String option,
            @Schema(example = "Élégant salon moderne", description = "Used by providers that take one (IA Créa); the local engine ignores it")
            @Nullable String prompt,
            @Schema(example = "portrait", description = "portrait (768x1280); anything else is landscape (1280x768)")
            @Nullable String format,
            @Schema(example = "https://exemple.com/webhooks/atelier") @Nullable String webhook) {
    }

    record GetAsk(@JsonProperty("user_id") @Nullable String userId,
                  @Schema(example = "uuid") @JsonProperty("generation_id") @Nullable String generationId) {
    }

    record ExteriorAsk(@JsonProperty("user_id") @Nullable String userId,
                       @Schema(example = "https://exemple.com/image.jpg") @JsonProperty("image_url") @Nullable String imageUrl,
                       @Schema(example = "https://exemple.com/masque.png", description = "White: the zone to create; black: keep")
                       @JsonProperty("mask_url") @Nullable String maskUrl,
                       @Schema(example = "TERRACE", description = "TERRACE, POOL or PETANQUE")
                       @JsonProperty("room_type") @Nullable String roomType,
                       @Schema(example = "1024") @Nullable Integer width,
                       @Schema(example = "768") @Nullable Integer height,
                       @Nullable String webhook) {
    }

    record VariationAsk(@JsonProperty("user_id") @Nullable String userId,
                        @JsonProperty("generation_id") @Nullable String generationId,
                        @Schema(description = "Required as on IA Créa; the earlier generation's photo is used")
                        @JsonProperty("original_url") @Nullable String originalUrl,
                        @Schema(description = "A new zone; the earlier one when left out")
                        @JsonProperty("mask_url") @Nullable String maskUrl,
                        @JsonProperty("room_type") @Nullable String roomType,
                        @Nullable String webhook) {
    }

    @Operation(summary = "Make a camera-motion video from a photo",
            description = "Runs on the provider the team chose for the API (the local engine by default). Answers 402 "
                    + "when the member's video credits do not suffice, 400 naming the field at fault otherwise.")
    @PostMapping("/animation/v2/generate")
    ResponseEntity<?> generateAnimation(@RequestBody(required = false) @Nullable AnimationAsk body, HttpServletRequest request) {
        var ask = body == null ? new AnimationAsk(null, null, null, null, null, null) : body;
        var caller = caller(request);
        var refusal = notTheirs(ask.userId(), caller)
                .or(() -> required("image_urls", ask.imageUrls() == null || ask.imageUrls().isEmpty()
                        || ask.imageUrls().getFirst() == null || ask.imageUrls().getFirst().isBlank() ? null : "ok"))
                .or(() -> required("option", ask.option()));
        if (refusal.isPresent()) {
            return refusals.refuse(refusal.get());
        }
        var provider = providers.find(settings.animationProvider()).orElseThrow();
        var options = new HashMap<String, String>();
        options.put(ApiSettings.MOTION, ask.option().strip());
        options.put("format", PORTRAIT.equalsIgnoreCase(strip(ask.format())) ? "PORTRAIT" : "LANDSCAPE");
        if (ask.prompt() != null && !ask.prompt().isBlank() && provider.capabilities().option("prompt").isPresent()) {
            options.put("prompt", ask.prompt().strip());
        }
        var url = ask.imageUrls().getFirst().strip();
        var apiAsk = new ApiAsk(ApiEndpoint.ANIMATION, null, projectName(url), List.of(url), List.of(), provider.id(),
                GenerationKind.CAMERA_MOTION, options, null, null, null, blankToNull(ask.webhook()),
                Map.of(ApiSettings.MOTION, "option", "provider", "option", "photos", "image_urls", "project_name", "image_urls"));
        return switch (generations.start(apiAsk, caller)) {
            case ApiGenerations.Outcome.Started started -> ResponseEntity.ok(new IaCreaBodies.AnimationStarted(
                    started.generationIds().getFirst().toString(), generations.remaining(CreditCurrency.VIDEO),
                    started.projectId().toString()));
            case ApiGenerations.Outcome.Refused refused -> refusals.refuse(refused.refusal());
        };
    }

    @Operation(summary = "Where a video is: STARTING, IN_PROGRESS, SUCCEEDED (with urls) or FAILED",
            description = "The urls are expiring links (atelier.api.result-link-lifetime, 24 h by default); ask again for fresh ones.")
    @PostMapping("/animation/v2/get")
    ResponseEntity<?> getAnimation(@RequestBody(required = false) @Nullable GetAsk body, HttpServletRequest request) {
        return status(body, request, false, replies::animation);
    }

    @Operation(summary = "Paint a terrace, a pool or a pétanque court into the white zone of a mask",
            description = "Makes a new project. width and height must be the image's; the mask must have that size too.")
    @PostMapping("/create_exterior/generate")
    ResponseEntity<?> generateExterior(@RequestBody(required = false) @Nullable ExteriorAsk body, HttpServletRequest request) {
        var ask = body == null ? new ExteriorAsk(null, null, null, null, null, null, null) : body;
        var caller = caller(request);
        var refusal = notTheirs(ask.userId(), caller)
                .or(() -> required("image_url", ask.imageUrl()))
                .or(() -> required("mask_url", ask.maskUrl()))
                .or(() -> required("room_type", ask.roomType()))
                .or(() -> positive("width", ask.width()))
                .or(() -> positive("height", ask.height()));
        if (refusal.isPresent()) {
            return refusals.refuse(refusal.get());
        }
        var provider = providers.offering(GenerationKind.EXTERIOR).stream().findFirst();
        if (provider.isEmpty()) {
            return refusals.refuse(HttpStatus.SERVICE_UNAVAILABLE, "provider_unavailable", null,
                    "generation.error.provider-unavailable");
        }
        var url = ask.imageUrl().strip();
        var apiAsk = new ApiAsk(ApiEndpoint.EXTERIOR, null, projectName(url), List.of(url), List.of(), provider.get().id(),
                GenerationKind.EXTERIOR, Map.of("exterior", ask.roomType().strip()), ask.maskUrl().strip(),
                new ApiAsk.Size(ask.width(), ask.height()), null, blankToNull(ask.webhook()), EXTERIOR_FIELDS);
        return switch (generations.start(apiAsk, caller)) {
            case ApiGenerations.Outcome.Started started -> ResponseEntity.ok(new IaCreaBodies.ExteriorStarted(
                    started.generationIds().getFirst().toString(), generations.remaining(CreditCurrency.PHOTO),
                    started.projectId().toString()));
            case ApiGenerations.Outcome.Refused refused -> refusals.refuse(refused.refusal());
        };
    }

    private static final Map<String, String> EXTERIOR_FIELDS = Map.of("exterior", "room_type", "mask", "mask_url",
            "photos", "image_url", "project_name", "image_url", "continues", "generation_id", "project_id", "generation_id");

    @Operation(summary = "Make a variation of an earlier exterior: another type, the same zone or a new one")
    @PostMapping("/create_exterior/generate-variation")
    ResponseEntity<?> generateVariation(@RequestBody(required = false) @Nullable VariationAsk body, HttpServletRequest request) {
        var ask = body == null ? new VariationAsk(null, null, null, null, null, null) : body;
        var caller = caller(request);
        var refusal = notTheirs(ask.userId(), caller)
                .or(() -> required("generation_id", ask.generationId()))
                .or(() -> required("original_url", ask.originalUrl()))
                .or(() -> required("room_type", ask.roomType()));
        if (refusal.isPresent()) {
            return refusals.refuse(refusal.get());
        }
        var earlier = parse(ask.generationId()).map(GenerationId::of).flatMap(generations::find)
                .filter(found -> found.kind() == GenerationKind.EXTERIOR);
        if (earlier.isEmpty()) {
            return refusals.refuse(ApiRefusal.notFound("generation_id"));
        }
        if (earlier.get().state() != GenerationState.SUCCEEDED) {
            return refusals.refuse(HttpStatus.CONFLICT, "not_finished", "generation_id", "api.error.not-finished");
        }
        var apiAsk = new ApiAsk(ApiEndpoint.EXTERIOR, earlier.get().projectId(), "", List.of(),
                List.of(earlier.get().photoId()), earlier.get().providerId(), GenerationKind.EXTERIOR,
                Map.of("exterior", ask.roomType().strip()), blankToNull(ask.maskUrl()), null, earlier.get().id(),
                blankToNull(ask.webhook()), EXTERIOR_FIELDS);
        return switch (generations.start(apiAsk, caller)) {
            case ApiGenerations.Outcome.Started started ->
                    ResponseEntity.ok(new IaCreaBodies.VariationStarted(started.generationIds().getFirst().toString()));
            case ApiGenerations.Outcome.Refused refused -> refusals.refuse(refused.refusal());
        };
    }

    @Operation(summary = "Where an exterior is: STARTING, PROCESSING, SUCCEEDED (with urls) or FAILED, and variationNumber")
    @PostMapping("/create_exterior/get")
    ResponseEntity<?> getExterior(@RequestBody(required = false) @Nullable GetAsk body, HttpServletRequest request) {
        return status(body, request, true, replies::exterior);
    }

    /** A {@code get}: the generation's status in the endpoint's words, or why it cannot be told. */
    private ResponseEntity<?> status(@Nullable GetAsk body, HttpServletRequest request, boolean exterior,
                                     Function<GenerationSummary, Object> reply) {
        var ask = body == null ? new GetAsk(null, null) : body;
        var refusal = notTheirs(ask.userId(), caller(request)).or(() -> required("generation_id", ask.generationId()));
        if (refusal.isPresent()) {
            return refusals.refuse(refusal.get());
        }
        return parse(ask.generationId()).map(GenerationId::of).flatMap(generations::find)
                .filter(found -> (found.kind() == GenerationKind.EXTERIOR) == exterior)
                .<ResponseEntity<?>>map(found -> ResponseEntity.ok(reply.apply(found)))
                .orElseGet(() -> refusals.refuse(ApiRefusal.notFound("generation_id")));
    }

    private static Optional<ApiRefusal> notTheirs(@Nullable String userId, ApiCaller caller) {
        if (userId == null || userId.isBlank() || userId.strip().equalsIgnoreCase(caller.member().memberId().toString())) {
            return Optional.empty();
        }
        return Optional.of(new ApiRefusal(HttpStatus.FORBIDDEN, "user_mismatch", "user_id", "api.error.user-id", List.of()));
    }

    private static Optional<ApiRefusal> required(String field, @Nullable String value) {
        return value == null || value.isBlank()
                ? Optional.of(ApiRefusal.invalid(field, "api.error.required", field)) : Optional.empty();
    }

    private static Optional<ApiRefusal> positive(String field, @Nullable Integer value) {
        if (value == null) {
            return Optional.of(ApiRefusal.invalid(field, "api.error.required", field));
        }
        return value > 0 ? Optional.empty() : Optional.of(ApiRefusal.invalid(field, "api.error.positive", field));
    }

    static ApiCaller caller(HttpServletRequest request) {
        return (ApiCaller) request.getAttribute(ApiKeyFilter.CALLER);
    }

    static Optional<UUID> parse(@Nullable String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** "API · image.jpg": the project a script's photo lands in, named after the photo's file. */
    static String projectName(String url) {
        String file;
        try {
            var address = URI.create(url.replace(" ", "%20"));
            var path = Optional.ofNullable(address.getPath()).orElse("");
            file = path.substring(path.lastIndexOf('/') + 1);
            if (file.isBlank()) {
                file = Optional.ofNullable(address.getHost()).orElse("photo");
            }
        } catch (IllegalArgumentException notAnAddress) {
            file = "photo";
        }
        var name = "API · " + file;
        return name.length() > 120 ? name.substring(0, 120) : name;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
