package app.atelier.api.internal;

import app.atelier.account.ApiCaller;
import app.atelier.api.ApiProperties;
import app.atelier.credits.Credits;
import app.atelier.generation.Fetch;
import app.atelier.generation.GenerationRequest;
import app.atelier.generation.GenerationRequests;
import app.atelier.generation.GenerationSummary;
import app.atelier.generation.Generations;
import app.atelier.generation.Inputs;
import app.atelier.generation.NewProjectRequest;
import app.atelier.generation.Preparation;
import app.atelier.generation.Prepared;
import app.atelier.generation.SubmitResult;
import app.atelier.media.MaskImport;
import app.atelier.media.MediaLibrary;
import app.atelier.media.PhotoStaging;
import app.atelier.media.PhotoSummary;
import app.atelier.media.StagedPhoto;
import app.atelier.project.NewProject;
import app.atelier.project.ProjectDetails;
import app.atelier.project.Projects;
import app.atelier.provider.GenerationKind;
import app.atelier.provider.OptionSpec;
import app.atelier.provider.Provider;
import app.atelier.provider.Providers;
import app.atelier.shared.CreditCurrency;
import app.atelier.shared.GenerationId;
import app.atelier.shared.Ids;
import app.atelier.shared.ProjectId;
import app.atelier.sharing.Downloads;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What every generating endpoint does: translate the script's request into ours, fetch what it gives
 * by address (photos, an end frame, a zone) without storing it, have {@link GenerationRequests}
 * check it all, then submit it with its webhooks in one transaction. A refusal at any step stores
 * nothing: the fetched files are let go, and the project a script's photos would have made is never made.
 */
@Service
class ApiGenerations {

    /** The option a drawn zone goes in, for providers that take one. */
    static final String MASK = "mask";

    private final Projects projects;
    private final Generations generations;
    private final GenerationRequests requests;
    private final Downloads downloads;
    private final Credits credits;
    private final MediaLibrary media;
    private final Providers providers;
    private final WebhookRegistry webhooks;
    private final ApiProperties settings;
    private final TransactionTemplate transaction;

    ApiGenerations(Projects projects, Generations generations, GenerationRequests requests, Downloads downloads,
                   Credits credits, MediaLibrary media, Providers providers, WebhookRegistry webhooks, ApiProperties settings,
                   TransactionTemplate transaction) {
        this.projects = projects;
        this.generations = generations;
        this.requests = requests;
        this.downloads = downloads;
        this.credits = credits;
        this.media = media;
        this.providers = providers;
        this.webhooks = webhooks;
        this.settings = settings;
        this.transaction = transaction;
    }

    /** What asking gave: the generations queued (one per photo) in their project, or why none. */
    sealed interface Outcome {
        record Started(ProjectId projectId, List<GenerationId> generationIds, CreditCurrency currency) implements Outcome {
        }

        record Refused(ApiRefusal refusal) implements Outcome {
        }
    }

    /** Why a request stops, from wherever in the translation it is found. */
    private static final class Refusal extends RuntimeException {

        private final ApiRefusal refusal;

        Refusal(ApiRefusal refusal) {
            super(refusal.code(), null, false, false);
            this.refusal = refusal;
        }
    }

    Outcome start(ApiAsk ask, ApiCaller caller) {
        var fetched = new ArrayList<StagedPhoto>();
        try {
            var prepared = prepare(ask, fetched);
            return submit(ask, caller, prepared);
        } catch (Refusal refusal) {
            return new Outcome.Refused(refusal.refusal);
        } finally {
            fetched.forEach(media::discard);
        }
    }

    /** The request as ours, with what it names by address fetched (into {@code fetched}), checked. */
    private Prepared prepare(ApiAsk ask, List<StagedPhoto> fetched) {
        var provider = providers.find(ask.providerId())
                .filter(found -> found.capabilities().kinds().contains(ask.kind()))
                .orElseThrow(() -> new Refusal(ApiRefusal.invalid(ask.field("provider"), "api.error.provider", ask.providerId())));
        var imageOptions = imageOptions(provider);
        for (var key : imageOptions) {
            var value = ask.options().get(key);
            if (value != null && !isUrl(value) && Ids.parse(value).isEmpty()) {
                throw new Refusal(ApiRefusal.invalid(ask.field(key), "api.error.image-option", key));
            }
        }
        if (ask.webhook() != null) {
            webhooks.problem(ask.webhook()).ifPresent(problem -> {
                throw new Refusal(ApiRefusal.invalid(ask.field("webhook"), problem));
            });
        }
        return ask.imageUrls().isEmpty() ? inProject(ask, imageOptions, fetched) : inNewProject(ask, imageOptions, fetched);
    }

    private Prepared inProject(ApiAsk ask, List<String> imageOptions, List<StagedPhoto> fetched) {
        var project = ask.projectId() == null ? Optional.<ProjectDetails>empty() : projects.find(ask.projectId());
        if (project.isEmpty()) {
            throw new Refusal(new ApiRefusal(HttpStatus.NOT_FOUND, "not_found", ask.field("project_id"),
                    "api.error.no-project", List.of()));
        }
        var photos = project.get().photos();
        var first = ask.photoIds().isEmpty() ? Optional.<int[]>empty() : photos.stream()
                .filter(photo -> photo.id().equals(ask.photoIds().getFirst())).findFirst()
                .map(photo -> new int[]{photo.width(), photo.height()});
        var options = new HashMap<>(ask.options());
        var addresses = addresses(ask, imageOptions, photos, options);
        var request = new GenerationRequest(ask.projectId(), ask.photoIds(), ask.providerId(), ask.kind(), options,
                ask.photoOptions(), ask.continues(), true);
        return ready(ask, requests.prepare(request, fetchedKeys(ask, addresses),
                () -> new Fetch.Fetched(List.of(), new Inputs(mask(ask, first), images(ask, addresses, fetched)))));
    }

    private Prepared inNewProject(ApiAsk ask, List<String> imageOptions, List<StagedPhoto> fetched) {
        // a photo id cannot be of a project made just now: an image option here is an address to fetch
        var options = new HashMap<>(ask.options());
        var addresses = addresses(ask, imageOptions, List.of(), options);
        var request = new NewProjectRequest(new NewProject(ask.projectName(), "", ""), ask.imageUrls().size(),
                ask.providerId(), ask.kind(), options, ask.continues());
        return ready(ask, requests.prepare(request, fetchedKeys(ask, addresses), () -> {
            var photos = new ArrayList<StagedPhoto>();
            for (var url : ask.imageUrls()) {
                photos.add(fetch(ask, "image_urls", url, fetched));
            }
            var first = photos.getFirst();
            if (ask.size() != null && (first.width() != ask.size().width() || first.height() != ask.size().height())) {
                throw new Refusal(ApiRefusal.invalid(ask.field("width"), "api.error.size", first.width(), first.height()));
            }
            var mask = mask(ask, Optional.of(new int[]{first.width(), first.height()}));
            return new Fetch.Fetched(photos, new Inputs(mask, images(ask, addresses, fetched)));
        }));
    }

    /**
     * The image options given by address, taken out of {@code options} to be fetched; those given as
     * a photo of the project become its file in {@code options}.
     */
    private Map<String, String> addresses(ApiAsk ask, List<String> imageOptions, List<PhotoSummary> photos,
                                          Map<String, String> options) {
        var addresses = new HashMap<String, String>();
        for (var key : imageOptions) {
            var value = options.get(key);
            if (value == null) {
                continue;
            }
            if (isUrl(value)) {
                addresses.put(key, value.strip());
                options.remove(key);
                continue;
            }
            var id = Ids.parse(value).orElseThrow();
            var photo = photos.stream().filter(found -> found.id().equals(id)).findFirst()
                    .orElseThrow(() -> new Refusal(ApiRefusal.invalid(ask.field(key), "api.error.image-option", key)));
            options.put(key, photo.original().toString());
        }
        return addresses;
    }

    /** The options the fetching fills: the image options given by address, and the zone when there is one to fetch or carry over. */
    private static Set<String> fetchedKeys(ApiAsk ask, Map<String, String> addresses) {
        var keys = new HashSet<>(addresses.keySet());
        if (ask.maskUrl() != null || ask.continues() != null && ask.kind() == GenerationKind.EXTERIOR) {
            keys.add(MASK);
        }
        return keys;
    }

    /** The images at their addresses, fetched (they join the project as photos once submitted). */
    private Map<String, StagedPhoto> images(ApiAsk ask, Map<String, String> addresses, List<StagedPhoto> fetched) {
        var images = new HashMap<String, StagedPhoto>();
        addresses.forEach((key, url) -> images.put(key, fetch(ask, key, url, fetched)));
        return images;
    }

    private StagedPhoto fetch(ApiAsk ask, String field, String url, List<StagedPhoto> fetched) {
        return switch (media.stage(url)) {
            case PhotoStaging.Staged(var photo) -> {
                fetched.add(photo);
                yield photo;
            }
            case PhotoStaging.Refused(var reason, var arguments) -> throw new Refusal(ApiRefusal.invalid(ask.field(field),
                    "api.error.image", url, new ApiRefusal.Nested(reason.messageKey(), arguments)));
        };
    }

    /** The zone for an exterior: fetched from its address, or the earlier generation's for a variation. */
    private @Nullable BufferedImage mask(ApiAsk ask, Optional<int[]> photo) {
        if (ask.maskUrl() != null && photo.isPresent()) {
            int width = photo.get()[0];
            int height = photo.get()[1];
            return switch (media.maskFromUrl(ask.maskUrl(), width, height)) {
                case MaskImport.Fetched fetched -> fetched.mask();
                case MaskImport.WrongSize wrong -> throw new Refusal(ApiRefusal.invalid(ask.field("mask_url"),
                        "api.error.mask-size", wrong.width(), wrong.height(), width, height));
                case MaskImport.Refused(var reason, var arguments) -> throw new Refusal(ApiRefusal.invalid(ask.field("mask_url"),
                        "api.error.mask", ask.maskUrl(), new ApiRefusal.Nested(reason.messageKey(), arguments)));
            };
        }
        if (ask.continues() != null && ask.kind() == GenerationKind.EXTERIOR) {
            return requests.mask(ask.continues())
                    .orElseThrow(() -> new Refusal(ApiRefusal.invalid(ask.field("mask_url"), "api.error.no-mask")));
        }
        return null;
    }

    private Prepared ready(ApiAsk ask, Preparation preparation) {
        return switch (preparation) {
            case Preparation.Ready(var prepared) -> prepared;
            case Preparation.NotEnoughCredits(var currency, var needed, var available) ->
                    throw new Refusal(notEnough(currency, needed, available));
            case Preparation.Invalid(var problems) -> throw new Refusal(refusal(ask, problems));
        };
    }

    private Outcome submit(ApiAsk ask, ApiCaller caller, Prepared prepared) {
        return transaction.execute(status -> switch (requests.submit(prepared)) {
            case SubmitResult.Accepted(var projectId, var generationIds) -> {
                if (ask.webhook() != null) {
                    generationIds.forEach(id -> webhooks.register(id.value(), caller, ask.endpoint(), ask.webhook()));
                }
                yield new Outcome.Started(projectId, generationIds, prepared.currency());
            }
            case SubmitResult.NotEnoughCredits(var currency, var needed, var available) -> {
                status.setRollbackOnly();
                yield new Outcome.Refused(notEnough(currency, needed, available));
            }
            case SubmitResult.Invalid(var problems) -> {
                status.setRollbackOnly();
                yield new Outcome.Refused(refusal(ask, problems));
            }
        });
    }

    /** The first problem found, said in the API's words: the field as the caller named it, the status it warrants. */
    private ApiRefusal refusal(ApiAsk ask, Map<String, String> problems) {
        var problem = problems.entrySet().iterator().next();
        var key = problem.getKey();
        return switch (key) {
            case "project" -> ask.imageUrls().isEmpty()
                    ? new ApiRefusal(HttpStatus.NOT_FOUND, "not_found", ask.field("project_id"), "api.error.no-project", List.of())
                    : ApiRefusal.invalid(ask.field("project_name"), "api.error.project-name");
            case "provider" -> problem.getValue().equals("generation.error.provider-unavailable")
                    ? new ApiRefusal(HttpStatus.SERVICE_UNAVAILABLE, "provider_unavailable", ask.field("provider"),
                    problem.getValue(), List.of())
                    : ApiRefusal.invalid(ask.field("provider"), "api.error.provider", ask.providerId());
            case "continues" -> new ApiRefusal(HttpStatus.CONFLICT, "cannot_continue", ask.field("continues"),
                    problem.getValue(), List.of());
            default -> {
                var allowed = providers.find(ask.providerId()).flatMap(provider -> provider.capabilities().option(key))
                        .map(option -> String.join(", ", option.values())).orElse("");
                yield allowed.isEmpty() ? ApiRefusal.invalid(ask.field(key), problem.getValue())
                        : ApiRefusal.invalid(ask.field(key), "api.error.option", allowed);
            }
        };
    }

    /** The provider's options that name an image of ours (a Luma end frame), but the mask, which comes as mask_url. */
    private static List<String> imageOptions(Provider provider) {
        return provider.capabilities().options().stream()
                .filter(option -> option.type() == OptionSpec.Type.IMAGE && !option.key().equals(MASK))
                .map(OptionSpec::key).toList();
    }

    private static boolean isUrl(String value) {
        var lower = value.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /** The team's generation, as the member sees it; another team's does not exist. */
    Optional<GenerationSummary> find(GenerationId generationId) {
        return generations.find(generationId);
    }

    /** Expiring links to a finished generation's files, named after it ("<id>.mp4"). */
    List<URI> links(GenerationSummary generation, UUID teamId) {
        var links = new ArrayList<URI>();
        for (int index = 0; index < generation.results().size(); index++) {
            var result = generation.results().get(index);
            var name = generation.id() + (index == 0 ? "" : "-" + (index + 1)) + "." + downloads.extension(result);
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
}
