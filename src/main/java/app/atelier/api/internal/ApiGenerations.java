package app.atelier.api.internal;

import app.atelier.account.ApiCaller;
import app.atelier.api.ApiProperties;
import app.atelier.credits.CreditCurrency;
import app.atelier.credits.Credits;
import app.atelier.sharing.Deliveries;
import app.atelier.generation.GenerationRequest;
import app.atelier.generation.GenerationSummary;
import app.atelier.generation.Generations;
import app.atelier.project.NewProject;
import app.atelier.project.ProjectDetails;
import app.atelier.project.ProjectCreation;
import app.atelier.project.Projects;
import app.atelier.generation.SubmitResult;
import app.atelier.media.MaskImport;
import app.atelier.media.MediaLibrary;
import app.atelier.media.PhotoImport;
import app.atelier.media.PhotoSummary;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.OptionSpec;
import app.atelier.shared.Ids;
import app.atelier.provider.Providers;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What every generating endpoint does, in the order that leaves nothing behind when something is
 * wrong: check the provider, the options, the webhook and the member's credits first; then make the
 * project and fetch the photos (and the mask) from their addresses; then queue the generations and
 * their webhooks in one transaction. A refusal or a failure after the project was made deletes it with its photos.
 */
@Service
class ApiGenerations {

    /** The option a drawn zone goes in, for providers that take one. */
    static final String MASK = "mask";

    private final Projects projects;
    private final Generations generations;
    private final Deliveries deliveries;
    private final Credits credits;
    private final MediaLibrary media;
    private final Providers providers;
    private final WebhookRegistry webhooks;
    private final ApiProperties settings;
    private final TransactionTemplate transaction;

    ApiGenerations(Projects projects, Generations generations, Deliveries deliveries, Credits credits, MediaLibrary media,
                   Providers providers, WebhookRegistry webhooks, ApiProperties settings, TransactionTemplate transaction) {
        this.projects = projects;
        this.generations = generations;
        this.deliveries = deliveries;
        this.credits = credits;
        this.media = media;
        this.providers = providers;
        this.webhooks = webhooks;
        this.settings = settings;
        this.transaction = transaction;
    }

    /** What asking gave: the generations queued (one per photo) in their project, or why none. */
    sealed interface Outcome {
        record Started(UUID projectId, List<UUID> generationIds, CreditCurrency currency) implements Outcome {
        }

        record Refused(ApiRefusal refusal) implements Outcome {
        }
    }

    Outcome start(ApiAsk ask, ApiCaller caller) {
        var found = providers.find(ask.providerId()).filter(provider -> provider.capabilities().kinds().contains(ask.kind()));
        if (found.isEmpty()) {
            return refused(ApiRefusal.invalid(ask.field("provider"), "api.error.provider", ask.providerId()));
        }
        var provider = found.get();
        if (!provider.available()) {
            return refused(new ApiRefusal(HttpStatus.SERVICE_UNAVAILABLE, "provider_unavailable", ask.field("provider"),
                    "generation.error.provider-unavailable", List.of()));
        }
        var imageOptions = imageOptions(provider);
        for (var key : imageOptions) {
            var value = ask.options().get(key);
            if (value != null && !isUrl(value) && Ids.parse(value).isEmpty()) {
                return refused(ApiRefusal.invalid(ask.field(key), "api.error.image-option", key));
            }
        }
        var forCheck = new HashMap<>(ask.options());
        imageOptions.stream().filter(forCheck::containsKey).forEach(key -> forCheck.put(key, UUID.randomUUID().toString()));
        var checked = provider.capabilities().check(forCheck);
        var problems = new HashMap<>(checked.problems());
        if (ask.maskUrl() != null || ask.continues() != null) {
            problems.remove(MASK);
        }
        if (!problems.isEmpty()) {
            var problem = problems.entrySet().iterator().next();
            var option = provider.capabilities().option(problem.getKey());
            var allowed = option.map(spec -> String.join(", ", spec.values())).orElse("");
            return refused(allowed.isEmpty()
                    ? ApiRefusal.invalid(ask.field(problem.getKey()), problem.getValue())
                    : ApiRefusal.invalid(ask.field(problem.getKey()), "api.error.option", allowed));
        }
        if (ask.webhook() != null) {
            var unfit = webhooks.problem(ask.webhook());
            if (unfit.isPresent()) {
                return refused(ApiRefusal.invalid(ask.field("webhook"), unfit.get()));
            }
        }
        int count = Math.max(ask.imageUrls().size(), ask.photoIds().size());
        var cost = provider.cost(checked.options());
        int available = credits.mine().of(cost.currency()).available();
        if (available < cost.times(count)) {
            return refused(notEnough(cost.currency(), cost.times(count), available));
        }
        var queued = new Queued(provider.id(), cost.currency(), imageOptions);
        return ask.imageUrls().isEmpty() ? inProject(ask, caller, queued) : inNewProject(ask, caller, queued);
    }

    /** The provider's options that name an image of ours (a Luma end frame), but the mask, which comes as mask_url. */
    private static List<String> imageOptions(app.atelier.provider.Provider provider) {
        return provider.capabilities().options().stream()
                .filter(option -> option.type() == OptionSpec.Type.IMAGE && !option.key().equals(MASK))
                .map(OptionSpec::key).toList();
    }

    private static boolean isUrl(String value) {
        var lower = value.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /**
     * An image option as the provider takes it (one of our files): a photo of the project given by its
     * id, or an image at a web address imported into the project like the photos.
     */
    private sealed interface ImageChoice {
        record Chosen(String assetId) implements ImageChoice {
        }

        record Refused(ApiRefusal refusal) implements ImageChoice {
        }
    }

    private ImageChoice image(ApiAsk ask, String key, String value, UUID projectId, List<PhotoSummary> photos) {
        if (isUrl(value)) {
            var imported = projects.addFromUrl(projectId, value.strip()).orElseThrow();
            if (imported instanceof PhotoImport.Refused(var reason, var arguments)) {
                return new ImageChoice.Refused(ApiRefusal.invalid(ask.field(key), "api.error.image", value,
                        new ApiRefusal.Nested(reason.messageKey(), arguments)));
            }
            return new ImageChoice.Chosen(((PhotoImport.Imported) imported).photo().original().toString());
        }
        var id = Ids.parse(value).orElseThrow();
        return photos.stream().filter(photo -> photo.id().equals(id)).findFirst()
                .<ImageChoice>map(photo -> new ImageChoice.Chosen(photo.original().toString()))
                .orElseGet(() -> new ImageChoice.Refused(ApiRefusal.invalid(ask.field(key), "api.error.image-option", key)));
    }

    /** The ask with its image options as the provider takes them, or why one cannot be. */
    private sealed interface WithImages {
        record Ready(ApiAsk ask) implements WithImages {
        }

        record Refused(ApiRefusal refusal) implements WithImages {
        }
    }

    private WithImages withImages(ApiAsk ask, Queued queued, UUID projectId, List<PhotoSummary> photos) {
        var options = new HashMap<>(ask.options());
        for (var key : queued.imageOptions()) {
            var value = options.get(key);
            if (value == null) {
                continue;
            }
            switch (image(ask, key, value, projectId, photos)) {
                case ImageChoice.Chosen(var asset) -> options.put(key, asset);
                case ImageChoice.Refused refused -> {
                    return new WithImages.Refused(refused.refusal());
                }
            }
        }
        return new WithImages.Ready(ask.withOptions(options));
    }

    /** Who makes the generations, and what they are paid in. */
    private record Queued(String providerId, CreditCurrency currency, List<String> imageOptions) {
    }

    private Outcome inProject(ApiAsk ask, ApiCaller caller, Queued queued) {
        var project = ask.projectId() == null ? Optional.<ProjectDetails>empty() : projects.find(ask.projectId());
        if (project.isEmpty()) {
            return refused(new ApiRefusal(HttpStatus.NOT_FOUND, "not_found", ask.field("project_id"),
                    "api.error.no-project", List.of()));
        }
        var first = ask.photoIds().isEmpty() ? Optional.<PhotoSummary>empty() : project.get().photos().stream()
                .filter(photo -> photo.id().equals(ask.photoIds().getFirst())).findFirst();
        var mask = mask(ask, first);
        if (mask instanceof Masked.Refused(var refusal)) {
            return refused(refusal);
        }
        return switch (withImages(ask, queued, ask.projectId(), project.get().photos())) {
            case WithImages.Refused(var refusal) -> refused(refusal);
            case WithImages.Ready(var ready) ->
                    queue(ready, caller, queued, ask.projectId(), ask.photoIds(), ((Masked.Found) mask).mask());
        };
    }

    private Outcome inNewProject(ApiAsk ask, ApiCaller caller, Queued queued) {
        var made = projects.create(new NewProject(ask.projectName(), "", ""));
        if (!(made instanceof ProjectCreation.Created created)) {
            return refused(ApiRefusal.invalid(ask.field("project_name"), "api.error.project-name"));
        }
        var projectId = created.project().id();
        try {
            var outcome = intoNewProject(ask, caller, queued, projectId);
            if (outcome instanceof Outcome.Refused) {
                projects.delete(projectId);
            }
            return outcome;
        } catch (RuntimeException failure) {
            try {
                projects.delete(projectId);
            } catch (RuntimeException alsoFailed) {
                failure.addSuppressed(alsoFailed);
            }
            throw failure;
        }
    }

    /** Imports the photos into the project just made and queues the generations; a refusal leaves the project to be deleted. */
    private Outcome intoNewProject(ApiAsk ask, ApiCaller caller, Queued queued, UUID projectId) {
        var photos = new ArrayList<UUID>();
        PhotoSummary first = null;
        for (int index = 0; index < ask.imageUrls().size(); index++) {
            var imported = projects.addFromUrl(projectId, ask.imageUrls().get(index)).orElseThrow();
            if (imported instanceof PhotoImport.Refused(var reason, var arguments)) {
                return refused(ApiRefusal.invalid(ask.field("image_urls"), "api.error.image",
                        ask.imageUrls().get(index), new ApiRefusal.Nested(reason.messageKey(), arguments)));
            }
            var photo = ((PhotoImport.Imported) imported).photo();
            first = first == null ? photo : first;
            photos.add(photo.id());
        }
        if (ask.size() != null && first != null
                && (first.width() != ask.size().width() || first.height() != ask.size().height())) {
            return refused(ApiRefusal.invalid(ask.field("width"), "api.error.size", first.width(), first.height()));
        }
        var mask = mask(ask, Optional.ofNullable(first));
        if (mask instanceof Masked.Refused(var refusal)) {
            return refused(refusal);
        }
        // a photo id cannot be of a project made just now: an image option here is an address to import
        return switch (withImages(ask, queued, projectId, List.of())) {
            case WithImages.Refused(var refusal) -> refused(refusal);
            case WithImages.Ready(var ready) -> queue(ready, caller, queued, projectId, photos, ((Masked.Found) mask).mask());
        };
    }

    private Outcome queue(ApiAsk ask, ApiCaller caller, Queued queued, UUID projectId, List<UUID> photos,
                          @Nullable BufferedImage mask) {
        var request = new GenerationRequest(projectId, photos, queued.providerId(), ask.kind(), ask.options(), ask.continues(), true);
        return transaction.execute(status -> {
            var result = mask == null ? generations.submit(request) : generations.submit(request, mask);
            return switch (result) {
                case SubmitResult.Accepted accepted -> {
                    if (ask.webhook() != null) {
                        accepted.generationIds().forEach(id -> webhooks.register(id, caller, ask.endpoint(), ask.webhook()));
                    }
                    yield new Outcome.Started(projectId, accepted.generationIds(), queued.currency());
                }
                case SubmitResult.NotEnoughCredits notEnough -> {
                    status.setRollbackOnly();
                    yield refused(notEnough(notEnough.currency(), notEnough.needed(), notEnough.available()));
                }
                case SubmitResult.Invalid invalid -> {
                    status.setRollbackOnly();
                    var problem = invalid.problems().entrySet().iterator().next();
                    yield refused(problem.getKey().equals("continues")
                            ? new ApiRefusal(HttpStatus.CONFLICT, "cannot_continue", ask.field("continues"), problem.getValue(), List.of())
                            : ApiRefusal.invalid(ask.field(problem.getKey()), problem.getValue()));
                }
            };
        });
    }

    private sealed interface Masked {
        record Found(@Nullable BufferedImage mask) implements Masked {
        }

        record Refused(ApiRefusal refusal) implements Masked {
        }
    }

    /** The zone for an exterior: fetched from its address, or the earlier generation's for a variation. */
    private Masked mask(ApiAsk ask, Optional<PhotoSummary> photo) {
        if (ask.maskUrl() != null && photo.isPresent()) {
            return switch (media.maskFromUrl(ask.maskUrl(), photo.get().width(), photo.get().height())) {
                case MaskImport.Fetched fetched -> new Masked.Found(fetched.mask());
                case MaskImport.WrongSize wrong -> new Masked.Refused(ApiRefusal.invalid(ask.field("mask_url"),
                        "api.error.mask-size", wrong.width(), wrong.height(), photo.get().width(), photo.get().height()));
                case MaskImport.Refused(var reason, var arguments) -> new Masked.Refused(ApiRefusal.invalid(ask.field("mask_url"),
                        "api.error.mask", ask.maskUrl(), new ApiRefusal.Nested(reason.messageKey(), arguments)));
            };
        }
        if (ask.continues() != null && ask.kind() == GenerationKind.EXTERIOR) {
            return generations.mask(ask.continues()).<Masked>map(Masked.Found::new)
                    .orElseGet(() -> new Masked.Refused(ApiRefusal.invalid(ask.field("mask_url"), "api.error.no-mask")));
        }
        return new Masked.Found(null);
    }

    /** The team's generation, as the member sees it; another team's does not exist. */
    Optional<GenerationSummary> find(UUID generationId) {
        return generations.find(generationId);
    }

    /** Expiring links to a finished generation's files, named after it ("<id>.mp4"). */
    List<URI> links(GenerationSummary generation, UUID teamId) {
        var links = new ArrayList<URI>();
        for (int index = 0; index < generation.results().size(); index++) {
            var result = generation.results().get(index);
            var name = generation.id() + (index == 0 ? "" : "-" + (index + 1)) + "." + deliveries.extension(result);
            links.add(media.signedLink(teamId, result.asset(), settings.resultLinkLifetime(), name));
        }
        return links;
    }

    /** How many variations were made in the generation's project (IA Créa's {@code variationNumber}). */
    int variations(GenerationSummary generation) {
        return generations.continuations(generation.projectId(), GenerationKind.EXTERIOR);
    }

    int remaining(CreditCurrency currency) {
        return credits.mine().of(currency).available();
    }

    private static ApiRefusal notEnough(CreditCurrency currency, int needed, int available) {
        return new ApiRefusal(HttpStatus.PAYMENT_REQUIRED, "not_enough_credits", null,
                currency == CreditCurrency.VIDEO ? "api.error.no-video-credit" : "api.error.no-photo-credit",
                List.of(needed, available));
    }

    private static Outcome refused(ApiRefusal refusal) {
        return new Outcome.Refused(refusal);
    }
}
